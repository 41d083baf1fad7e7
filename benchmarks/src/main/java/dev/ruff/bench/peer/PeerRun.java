package dev.ruff.bench.peer;

/**
 * A workload defined on one peer engine: its script evaluated once in fresh globals (or, for plain
 * Java, its method chosen), so that {@link #callRun()} is the part a benchmark times.
 */
public interface PeerRun extends AutoCloseable {
    /** One call of the workload's {@code run()}; returns the engine's own value. */
    Object callRun();

    /** The result of {@link #callRun()} as the decimal text {@code workloads/expected.properties} holds. */
    String resultText(Object result);

    @Override
    default void close() {
    }

    /**
     * Decimal text of a number returned by an engine whose numbers are doubles (JavaScript, Lua 5.2):
     * an integral value prints as an integer, so {@code 832040.0} matches {@code 832040}; anything
     * else prints as it is and will not match an expected integer.
     */
    static String numberText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(value);
    }
}
