package dev.ruff.runtime;

/**
 * A string under construction by {@code s := s + piece}, kept in the frame slot of the local {@code s}
 * so that repeated appends are amortised O(1) instead of copying the whole string each time.
 *
 * <p>It is a backend-internal representation, never a Ruff value: only the resolver's
 * {@linkplain dev.ruff.resolve.LocalVar#accumulates() accumulating} locals (not captured, not dynamic)
 * may hold one, and every read of such a local goes through {@link #reveal}, which hands out a plain
 * {@code String} (cached until the next append). So natives, {@code Display}, equality, hosts and
 * JSON only ever see {@code java.lang.String}, and a string read out of the variable (for
 * {@code t := s}, an array element, an argument) is an independent immutable value.</p>
 */
public final class StringAccumulator {
    /** Below this many chars a plain concatenation is cheaper than starting a builder. */
    private static final int MIN_LENGTH = 64;

    private final StringBuilder text;
    /** {@code text} as a String, or null after an append. */
    private String value;

    private StringAccumulator(String left, String right) {
        text = new StringBuilder(Math.max(2 * (left.length() + right.length()), 2 * MIN_LENGTH));
        text.append(left).append(right);
    }

    /** The string a slot stands for: an accumulator's current text, any other value unchanged. */
    public static Object reveal(Object slot) {
        return slot instanceof StringAccumulator a ? a.value() : slot;
    }

    /**
     * The new content of the slot for {@code s := left + right}, where {@code left} was read from the
     * slot before {@code right} was evaluated and {@code current} is what the slot holds now. Appends
     * in place when {@code left} is still the slot's accumulator; otherwise computes
     * {@link Operators#add} on plain values (so errors and overloads are unchanged).
     */
    public static Object add(Object left, Object right, Object current, Invoker invoker) {
        if (right instanceof String r) {
            if (left instanceof StringAccumulator a && a == current) {
                RunGuard.checkStringLength((long) a.text.length() + r.length());
                a.text.append(r);
                a.value = null;
                return a;
            }
            Object l = reveal(left);
            if (l instanceof String s) {
                RunGuard.checkStringLength((long) s.length() + r.length());
                return s.length() + r.length() < MIN_LENGTH ? s.concat(r) : new StringAccumulator(s, r);
            }
            return Operators.add(l, r, invoker);
        }
        return Operators.add(reveal(left), right, invoker);
    }

    private String value() {
        String v = value;
        if (v == null) {
            v = value = text.toString();
        }
        return v;
    }

    @Override
    public String toString() {
        return value();
    }
}
