package dev.ruff.stdlib.values;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Number parsing with the acceptance rules of Rust's {@code str::parse::<f64>} (no hex floats, no
 * {@code d}/{@code f} suffixes that Java would accept; {@code inf}/{@code nan} spellings allowed).
 */
public final class RustNumbers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private RustNumbers() {
    }

    /** The double for {@code s}, or {@code null} when Rust would reject it. */
    public static Double parseFloat(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        return DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : null;
    }

    /** The long for {@code s} (optional sign, decimal digits), or {@code null}. */
    public static Long parseLong(String s) {
        if (!INTEGER.matcher(s).matches()) {
            return null; // Long.parseLong would also take non-ASCII digits
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
