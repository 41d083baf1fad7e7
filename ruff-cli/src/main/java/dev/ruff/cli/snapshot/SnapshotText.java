package dev.ruff.cli.snapshot;

/**
 * Upstream's golden-output comparison rule ({@code ruff test}; conformance README, "Comparison
 * rule"): streams are trimmed and joined, line endings unified, compiler-optimisation notes and
 * timings dropped, and the result trimmed again. Two outputs match when their normalised texts are
 * equal.
 */
public final class SnapshotText {
    private static final String OPTIMIZATION_NOTE = "Compiler optimization:";
    private static final String TIMING_START = " (took ~";
    private static final String TIMING_END = "ms)";

    private SnapshotText() {
    }

    /** The normalised text of a run: trimmed stdout, a newline, trimmed stderr (empty parts left out). */
    public static String actual(String stdout, String stderr) {
        String out = trim(stdout);
        String err = trim(stderr);
        String combined = out.isEmpty() ? err : err.isEmpty() ? out : out + "\n" + err;
        return normalize(combined);
    }

    /** The normalised text of an expected {@code .out} file. */
    public static String expected(String golden) {
        return normalize(trim(golden));
    }

    /**
     * Per line: drops one {@code \r} before the line break, drops lines starting with
     * {@code Compiler optimization:}, removes the first {@code " (took ~…ms)"} span; then trims.
     */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean first = true;
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.startsWith(OPTIMIZATION_NOTE)) {
                continue;
            }
            int start = line.indexOf(TIMING_START);
            if (start >= 0) {
                int end = line.indexOf(TIMING_END, start);
                if (end >= 0) {
                    line = line.substring(0, start) + line.substring(end + TIMING_END.length());
                }
            }
            if (!first) {
                sb.append('\n');
            }
            sb.append(line);
            first = false;
        }
        return trim(sb.toString());
    }

    /**
     * Trims Unicode {@code White_Space} at both ends, as Rust's {@code str::trim} does. (Java's
     * {@link String#strip()} uses a different set: it keeps U+00A0 and U+0085 and strips U+001C–U+001F.)
     */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isWhiteSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isWhiteSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** The Unicode {@code White_Space} property. */
    static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /**
     * Where two normalised texts first differ, as the conformance runner reports it:
     * {@code line N: expected "…" got "…"}; {@code null} when they are equal.
     */
    public static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] want = expected.isEmpty() ? new String[0] : expected.split("\n", -1);
        String[] got = actual.isEmpty() ? new String[0] : actual.split("\n", -1);
        for (int i = 0; ; i++) {
            String w = i < want.length ? quote(want[i]) : "<end of expected output>";
            String g = i < got.length ? quote(got[i]) : i == 0 ? "<no output>" : "<end of output>";
            if (i >= want.length || i >= got.length || !want[i].equals(got[i])) {
                return "line " + (i + 1) + ": expected " + w + " got " + g;
            }
        }
    }

    /** One line made printable: control characters escaped, long lines shortened. */
    private static String quote(String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7F) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.length() > 160 ? sb.substring(0, 157) + "..." : sb.toString();
        return "\"" + s + "\"";
    }
}
