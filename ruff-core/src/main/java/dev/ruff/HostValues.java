package dev.ruff;

/**
 * Conversions between Java values and Ruff values, without a context: the data rows of the table in
 * the README's "Embedding" section.
 *
 * <p>Java to Ruff: {@code null}; {@code Boolean}; {@code Long}, {@code Integer}, {@code Short},
 * {@code Byte}, atomic and adder longs and in-range {@code BigInteger} become ints; {@code Double},
 * {@code Float}, {@code BigDecimal} and other numbers become floats; any {@code CharSequence} and
 * {@code Character} a string; {@code byte[]} bytes; {@code Iterable}s ({@code List}, {@code Set} …) and
 * arrays (also primitive ones) arrays; {@code Map}s dicts (keys through {@code String.valueOf});
 * {@code Optional} an Option; views of {@link dev.ruff.host} go back as the value they show. Nested values
 * convert the same way, {@code null} included.</p>
 *
 * <p>Ruff to Java: null, {@code Long}, {@code Double}, {@code String}, {@code Boolean}, {@code byte[]},
 * {@code List} (array), insertion-ordered {@code Map} (dict), {@link dev.ruff.host.RuffStruct},
 * {@link dev.ruff.host.RuffResult}, {@link dev.ruff.host.RuffOption}, {@link dev.ruff.host.RuffEnumValue},
 * {@link dev.ruff.host.RuffFunction} and {@code CompletableFuture<Object>} for a promise.</p>
 *
 * <p>Values that need an engine — a {@code CompletionStage} becoming a promise, a host object, a
 * function that can be called — convert through a {@link RuffContext} ({@link RuffContext#set},
 * {@link RuffContext#get}, {@link RuffContext#call}), which applies the same table.</p>
 */
public final class HostValues {
    private HostValues() {
    }

    /**
     * The Ruff value for a Java one (see the class description); Ruff values pass through unchanged.
     *
     * @throws IllegalArgumentException for a {@code BigInteger} outside 64 bits, a {@code CompletionStage}
     *                                  (use a context) and any other Java type (scripts never see arbitrary
     *                                  objects; a context wraps them as host objects instead)
     */
    public static Object toRuff(Object value) {
        return Conversions.DETACHED.toRuff(value);
    }

    /**
     * The Java value for a Ruff one (see the class description). Functions converted here cannot be
     * called ({@link dev.ruff.host.RuffFunction#call} needs a context).
     */
    public static Object toJava(Object value) {
        return Conversions.DETACHED.toJava(value);
    }
}
