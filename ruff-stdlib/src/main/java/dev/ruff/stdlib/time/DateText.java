package dev.ruff.stdlib.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The two date helpers: token replacement for {@code format_date}, {@code YYYY-MM-DD} for {@code parse_date}. */
final class DateText {
    /** The range chrono (upstream's date library) supports: years -262144 to 262143. */
    private static final double MIN_SECONDS = java.time.LocalDateTime.of(-262144, 1, 1, 0, 0)
            .toEpochSecond(ZoneOffset.UTC);
    private static final double MAX_SECONDS = java.time.LocalDateTime.of(262143, 12, 31, 23, 59, 59)
            .toEpochSecond(ZoneOffset.UTC);

    private DateText() {
    }

    /** Formats a Unix timestamp (seconds, UTC); never fails: bad input yields an explanatory string. */
    static String format(double seconds, String pattern) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "Invalid timestamp: value must be a finite number";
        }
        if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS + 1) {
            return "Invalid timestamp: value is out of supported range";
        }
        ZonedDateTime t;
        try {
            t = java.time.Instant.ofEpochSecond((long) seconds).atZone(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return "Invalid timestamp: value is out of supported range";
        }
        return pattern
                .replace("YYYY", String.format(java.util.Locale.ROOT, "%04d", t.getYear()))
                .replace("MM", two(t.getMonthValue()))
                .replace("DD", two(t.getDayOfMonth()))
                .replace("HH", two(t.getHour()))
                .replace("mm", two(t.getMinute()))
                .replace("ss", two(t.getSecond()));
    }

    /** Unix seconds of {@code date} at 00:00 UTC, or an error text in upstream's words. */
    static Object parse(String date, String format) {
        if (!"YYYY-MM-DD".equals(format)) {
            return new Failure("parse_date failed: unsupported format '" + format + "' (expected 'YYYY-MM-DD')");
        }
        String reason = check(date);
        if (reason == null) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(date.substring(0, 4)),
                        Integer.parseInt(date.substring(5, 7)), Integer.parseInt(date.substring(8, 10)));
                return (double) d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            } catch (DateTimeException e) {
                reason = "input is out of range";
            }
        }
        return new Failure("parse_date failed: '" + date + "' does not match format 'YYYY-MM-DD' (" + reason + ")");
    }

    /** Why {@code date} is not {@code dddd-dd-dd} (chrono's wording), or {@code null}. */
    private static String check(String date) {
        String shape = "dddd-dd-dd";
        for (int i = 0; i < shape.length(); i++) {
            if (i >= date.length()) {
                return "premature end of input";
            }
            char c = date.charAt(i);
            boolean ok = shape.charAt(i) == 'd' ? c >= '0' && c <= '9' : c == '-';
            if (!ok) {
                return "input contains invalid characters";
            }
        }
        return date.length() > shape.length() ? "trailing input" : null;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** A parse failure message (kept apart from results, which are doubles). */
    record Failure(String message) {}
}
