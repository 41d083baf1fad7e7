package dev.ruff.stdlib;

import dev.ruff.runtime.Types;

/**
 * Reading numeric native arguments the way upstream Ruff does: ints and floats are both accepted,
 * and conversions to counts and indices follow Rust's saturating {@code as} casts.
 */
public final class NumberArgs {
    private NumberArgs() {
    }

    /** The value as a double; only for int and float values ({@link Types#isNumber}). */
    public static double toDouble(Object value) {
        return value instanceof Long l ? l.doubleValue() : (Double) value;
    }

    /** The value as a long, floats truncated toward zero (saturating, NaN → 0, like Rust {@code as i64}). */
    public static long toLong(Object value) {
        return value instanceof Long l ? l : (long) (double) (Double) value;
    }

    /**
     * A count or index the way upstream converts it through a float: truncated, negative values
     * (and NaN) become 0, huge values saturate.
     */
    public static long toCount(Object value) {
        double d = toDouble(value);
        return d > 0 ? (long) d : 0;
    }

    /**
     * Rust {@code as usize} applied to the Ruff value itself: a negative int wraps to a huge
     * unsigned number (returned as {@link Long#MAX_VALUE} so comparisons treat it as out of range),
     * a negative float saturates to 0.
     */
    public static long toUnsignedIndex(Object value) {
        if (value instanceof Long l) {
            return l < 0 ? Long.MAX_VALUE : l;
        }
        return toCount(value);
    }

    /** How Rust prints {@code value as usize} in messages (negative ints wrap around 2^64). */
    public static String unsignedText(Object value) {
        if (value instanceof Long l) {
            return Long.toUnsignedString(l);
        }
        return Long.toString(toCount(value));
    }

    /** Clamps a long to a Java int index range (collections never exceed it). */
    public static int clampToInt(long n) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }
}
