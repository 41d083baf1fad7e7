package dev.ruff.stdlib.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders a duration in milliseconds the way {@code format_duration} does: {@code 1.23s}, {@code 456.78ms} … */
final class DurationText {
    private DurationText() {
    }

    static String of(double ms) {
        if (ms >= 1000) {
            return fixed(ms / 1000, 2) + "s";
        }
        if (ms >= 1) {
            return fixed(ms, 2) + "ms";
        }
        if (ms >= 0.001) {
            return fixed(ms * 1000, 2) + "μs";
        }
        return fixed(ms * 1_000_000, 0) + "ns";
    }

    /** Fixed decimals rounding the exact binary value half-to-even, as Rust's {@code {:.N}} does. */
    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // Rust keeps the sign of a negative value that rounds to zero: "-0.00"
        return v < 0 && !s.startsWith("-") ? "-" + s : s;
    }
}
