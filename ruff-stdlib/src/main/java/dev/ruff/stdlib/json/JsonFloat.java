package dev.ruff.stdlib.json;

import dev.ruff.runtime.Display;
import java.math.BigDecimal;

/**
 * Finite floats the way serde_json writes them (the Ryu crate's layout): shortest round-trip
 * digits, {@code 2.0} for whole values, plain notation while the decimal point lies within 16
 * places ({@code 0.0001}, {@code 1000000000000000.0}), otherwise exponent form ({@code 1e16},
 * {@code 1.5e-7}).
 */
final class JsonFloat {
    private JsonFloat() {
    }

    static String format(double d) {
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        // Display already computes the shortest round-trip digits; reuse them
        BigDecimal exact = new BigDecimal(Display.formatFloat(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int length = digits.length();
        int point = length - exact.scale(); // value = 0.digits × 10^point
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (exact.scale() <= 0 && point <= 16) {
            out.append(digits).append("0".repeat(point - length)).append(".0");
        } else if (point > 0 && point <= 16) {
            out.append(digits, 0, point).append('.').append(digits, point, length);
        } else if (point > -5 && point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else if (length == 1) {
            out.append(digits).append('e').append(point - 1);
        } else {
            out.append(digits.charAt(0)).append('.').append(digits, 1, length).append('e').append(point - 1);
        }
        return out.toString();
    }
}
