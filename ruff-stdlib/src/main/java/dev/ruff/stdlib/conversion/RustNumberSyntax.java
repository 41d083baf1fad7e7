package dev.ruff.stdlib.conversion;

import java.util.regex.Pattern;

/**
 * Parses numbers with the syntax of Rust's {@code str::parse}, which upstream uses: Java's
 * parsers accept more (non-ASCII digits, hex floats, {@code 1d}, {@code Infinity}).
 */
final class RustNumberSyntax {
    private static final Pattern INT = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    private RustNumberSyntax() {
    }

    /** The i64 the text denotes, or Java {@code null}. */
    static Long parseInt(String text) {
        if (!INT.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException overflow) {
            return null;
        }
    }

    /** The f64 the text denotes, or Java {@code null}. */
    static Double parseFloat(String text) {
        if (FLOAT.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (SPECIAL.matcher(text).matches()) {
            boolean negative = text.startsWith("-");
            String word = text.replaceFirst("^[+-]", "").toLowerCase();
            if (word.equals("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }
}
