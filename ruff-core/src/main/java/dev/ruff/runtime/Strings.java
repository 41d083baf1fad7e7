package dev.ruff.runtime;

import java.util.Comparator;

/**
 * Ruff strings are sequences of Unicode code points, while Java strings are UTF-16. These helpers
 * index, measure, slice and order strings by code point.
 */
public final class Strings {
    /** Orders strings by code point (not by UTF-16 unit, which sorts U+E000–U+FFFF after astral characters). */
    public static final Comparator<String> CODE_POINT_ORDER = Strings::compare;

    private Strings() {
    }

    /** Number of code points (what {@code len(s)} returns). */
    public static int length(String s) {
        int n = s.length();
        // ASCII and BMP text has no surrogates; count only when one is present
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return s.codePointCount(0, n);
            }
        }
        return n;
    }

    /**
     * The one-code-point string at code-point index {@code index} ({@code 0 <= index}), or Java
     * {@code null} when {@code index} is past the end.
     */
    public static String charAt(String s, long index) {
        if (index < 0) {
            return null;
        }
        int n = s.length();
        int pos = 0;
        for (long cp = 0; cp < index; cp++) {
            if (pos >= n) {
                return null;
            }
            pos += Character.isHighSurrogate(s.charAt(pos)) && pos + 1 < n
                    && Character.isLowSurrogate(s.charAt(pos + 1)) ? 2 : 1;
        }
        if (pos >= n) {
            return null;
        }
        int end = pos + (Character.isHighSurrogate(s.charAt(pos)) && pos + 1 < n
                && Character.isLowSurrogate(s.charAt(pos + 1)) ? 2 : 1);
        return s.substring(pos, end);
    }

    /**
     * The code points {@code [from, to)}; both are clamped to {@code [0, length]} and an empty
     * string is returned when {@code to <= from}.
     */
    public static String substring(String s, long from, long to) {
        int len = length(s);
        long a = Math.max(0, Math.min(from, len));
        long b = Math.max(0, Math.min(to, len));
        if (b <= a) {
            return "";
        }
        if (len == s.length()) {
            return s.substring((int) a, (int) b);
        }
        int start = s.offsetByCodePoints(0, (int) a);
        int end = s.offsetByCodePoints(start, (int) (b - a));
        return s.substring(start, end);
    }

    /** Each code point as its own string, in order (what {@code for c in s} yields). */
    public static String[] codePointStrings(String s) {
        int len = length(s);
        String[] out = new String[len];
        int pos = 0;
        for (int i = 0; i < len; i++) {
            int cp = s.codePointAt(pos);
            int w = Character.charCount(cp);
            out[i] = s.substring(pos, pos + w);
            pos += w;
        }
        return out;
    }

    /** Compares by code point: negative, zero or positive like {@link String#compareTo}. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c1 = a.charAt(i);
            int c2 = b.charAt(i);
            if (c1 != c2) {
                if (c1 >= 0xD800 && c2 >= 0xD800) {
                    // move surrogates above the rest of the BMP so UTF-16 order becomes code-point order
                    c1 = c1 >= 0xE000 ? c1 - 0x800 : c1 + 0x2000;
                    c2 = c2 >= 0xE000 ? c2 - 0x800 : c2 + 0x2000;
                }
                return c1 - c2;
            }
        }
        return a.length() - b.length();
    }
}
