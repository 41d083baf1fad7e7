package dev.ruff.runtime;

import java.util.Map;

/**
 * Ruff equality (§3.4). {@link #equal} is the deep equality behind {@code ==}, {@code assert_equal}
 * and sets; {@link #primitiveEqual} is the narrower one that {@code contains}/{@code index_of}/{@code remove}
 * use on arrays. Neither ever fails, and neither calls {@code op_eq} (see {@code Operators.eq} for that).
 */
public final class Equality {
    /** Finite floats closer than this are equal (Rust's {@code f64::EPSILON}, used as an absolute bound). */
    public static final double FLOAT_EPSILON = 2.220446049250313e-16;

    private Equality() {
    }

    /** Structural equality: {@code 1 == 1.0}, dicts ignore order, natives by name, other functions by {@code equals}. */
    public static boolean equal(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            return b instanceof Double y && floatsEqual(x.doubleValue(), y);
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return floatsEqual(x, y);
            }
            return b instanceof Long y && floatsEqual(x, y.doubleValue());
        }
        if (a == b) {
            // no NaN can get here: floats were handled above
            return true;
        }
        if (a instanceof String s) {
            return b instanceof String t && s.equals(t);
        }
        if (a instanceof Boolean || a == RuffNull.NULL) {
            return a.equals(b);
        }
        if (a instanceof RuffArray x) {
            return b instanceof RuffArray y && arraysEqual(x, y);
        }
        if (a instanceof RuffDict x) {
            return b instanceof RuffDict y && dictsEqual(x, y);
        }
        if (a instanceof StructInstance x) {
            return b instanceof StructInstance y && x.name().equals(y.name()) && mapsEqual(x.fields(), y.fields());
        }
        if (a instanceof ResultValue x) {
            return b instanceof ResultValue y && x.isOk() == y.isOk() && equal(x.value(), y.value());
        }
        if (a instanceof OptionValue x) {
            if (!(b instanceof OptionValue y)) {
                return false;
            }
            // None is a singleton, so two Nones were caught by a == b
            return x.isSome() && y.isSome() && equal(x.value(), y.value());
        }
        if (a instanceof TaggedValue x) {
            return b instanceof TaggedValue y && taggedEqual(x, y);
        }
        if (a instanceof RuffCallable x && x.isNative()) {
            return b instanceof RuffCallable y && y.isNative() && x.name().equals(y.name());
        }
        // user functions, struct definitions and handles: identity unless their class says otherwise
        return a.equals(b);
    }

    /**
     * Same-type equality of scalars only (int/int, float/float, string, bool, null); everything else,
     * including {@code 1} vs {@code 1.0} and any container, is unequal.
     */
    public static boolean primitiveEqual(Object a, Object b) {
        if (a instanceof Long x) {
            return b instanceof Long y && x.longValue() == y.longValue();
        }
        if (a instanceof Double x) {
            return b instanceof Double y && x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String s) {
            return b instanceof String t && s.equals(t);
        }
        if (a instanceof Boolean x) {
            return b instanceof Boolean y && x.booleanValue() == y.booleanValue();
        }
        return a == RuffNull.NULL && b == RuffNull.NULL;
    }

    /** Float equality of §3.3: NaN never equal, infinities by value, finite values within {@link #FLOAT_EPSILON}. */
    public static boolean floatsEqual(double x, double y) {
        return x == y || Math.abs(x - y) < FLOAT_EPSILON;
    }

    private static boolean arraysEqual(RuffArray x, RuffArray y) {
        int n = x.size();
        if (n != y.size()) {
            return false;
        }
        if (x.isIntStorage() && y.isIntStorage()) {
            // int == int is exact, so unboxed arrays compare without boxing every element
            for (int i = 0; i < n; i++) {
                if (x.getLong(i) != y.getLong(i)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (!equal(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean dictsEqual(RuffDict x, RuffDict y) {
        return x.sameEntries(y, Equality::equal);
    }

    private static boolean mapsEqual(Map<String, Object> x, Map<String, Object> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<String, Object> e : x.entrySet()) {
            Object other = y.get(e.getKey());
            if (other == null || !equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean taggedEqual(TaggedValue x, TaggedValue y) {
        if (!x.tag().equals(y.tag()) || x.payloadSize() != y.payloadSize()) {
            return false;
        }
        for (int i = 0; i < x.payloadSize(); i++) {
            if (!equal(x.payload(i), y.payload(i))) {
                return false;
            }
        }
        return true;
    }
}
