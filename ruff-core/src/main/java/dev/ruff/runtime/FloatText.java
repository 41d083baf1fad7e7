package dev.ruff.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles like Rust's {@code f64} Display (§4.3): the shortest decimal that reads back as
 * the same double, in plain notation, with no fractional part for integral values.
 *
 * <p>{@code Double.toString} only produces shortest digits from JDK 19 on, so the digits are found
 * by rounding the exact binary value to increasing precision until it round-trips.</p>
 */
final class FloatText {
    private static final double TWO_POW_53 = 9007199254740992.0;
    private static final MathContext[] CONTEXTS = new MathContext[18];

    static {
        for (int p = 1; p <= 17; p++) {
            CONTEXTS[p] = new MathContext(p, RoundingMode.HALF_EVEN);
        }
    }

    private FloatText() {
    }

    static String format(double d) {
        if (d != d) {
            return "NaN";
        }
        if (d == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (d == 0.0) {
            // BigDecimal has no negative zero
            return 1.0 / d < 0 ? "-0" : "0";
        }
        // below 2^53 every integer is a double of its own, so its decimal text is the shortest form
        if (d == Math.rint(d) && Math.abs(d) < TWO_POW_53) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(d);
        return shortest(exact, d).stripTrailingZeros().toPlainString();
    }

    /** The exact value rounded to the fewest significant digits that still parse back to {@code d}. */
    private static BigDecimal shortest(BigDecimal exact, double d) {
        // round-tripping is monotone in the precision (more digits are never farther away),
        // so binary search the smallest precision in 1..17; 17 always round-trips
        int lo = 1;
        int hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (exact.round(CONTEXTS[mid]).doubleValue() == d) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return exact.round(CONTEXTS[lo]);
    }
}
