package dev.ruff.stdlib.strings;

import dev.ruff.runtime.Strings;
import java.util.ArrayList;
import java.util.List;

/**
 * Character classes and code-point operations with Rust's definitions, which the string natives
 * inherit from upstream (Java's {@code Character.isWhitespace} and {@code String.trim} differ).
 */
final class UnicodeText {
    private UnicodeText() {
    }

    /** Rust {@code char::is_whitespace}: the Unicode White_Space property. */
    static boolean isWhitespace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, 0x0C, '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Rust {@code char::is_alphanumeric}: Alphabetic or Numeric (Nd, Nl, No). */
    static boolean isAlphanumeric(int cp) {
        if (Character.isAlphabetic(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static int length(String s) {
        return Strings.length(s);
    }

    /** Code points {@code [start, end)}, clamped. */
    static String slice(String s, long start, long end) {
        return Strings.substring(s, start, end);
    }

    static String trimStart(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    static String trimEnd(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** Pieces between runs of whitespace, no empty pieces (Rust {@code split_whitespace}). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ws = isWhitespace(cp);
            if (ws && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!ws && start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Literal split keeping empty pieces; an empty delimiter splits around every code point. */
    static List<String> split(String s, String delimiter) {
        List<String> out = new ArrayList<>();
        if (delimiter.isEmpty()) {
            out.add("");
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            out.add("");
            return out;
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(delimiter, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + delimiter.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** Every literal occurrence replaced; an empty {@code from} inserts {@code to} around every code point. */
    static String replaceAll(String s, String from, String to) {
        if (!from.isEmpty()) {
            return s.replace(from, to);
        }
        StringBuilder out = new StringBuilder(to);
        s.codePoints().forEach(cp -> out.appendCodePoint(cp).append(to));
        return out.toString();
    }

    static String reverse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            out.appendCodePoint(cp);
            end -= Character.charCount(cp);
        }
        return out.toString();
    }

    /** Code-point index of the first occurrence of {@code needle}, or -1. */
    static long indexOf(String haystack, String needle) {
        int at = haystack.indexOf(needle);
        return at < 0 ? -1 : haystack.codePointCount(0, at);
    }
}
