package dev.ruff.runtime;

/** Ruff truthiness (§3.2), used by {@code if}, loops, {@code && ||} and {@code is_truthy}. */
public final class Truthiness {
    private Truthiness() {
    }

    /** False for {@code false}, {@code null}, {@code 0}, {@code 0.0}, {@code ""}, {@code []}, {@code {}}; true otherwise. */
    public static boolean isTruthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0L;
        }
        if (v == RuffNull.NULL) {
            return false;
        }
        if (v instanceof Double d) {
            // NaN is not zero, so it is truthy (as upstream: `f != 0.0`)
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof RuffArray a) {
            return !a.isEmpty();
        }
        if (v instanceof RuffDict d) {
            return !d.isEmpty();
        }
        return true;
    }
}
