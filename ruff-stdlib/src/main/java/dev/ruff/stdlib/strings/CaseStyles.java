package dev.ruff.stdlib.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The identifier-style conversions: slugify, camelCase, snake_case, kebab-case. */
final class CaseStyles {
    private CaseStyles() {
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        String head = new String(Character.toChars(first)).toUpperCase(Locale.ROOT);
        return head + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /** Lower-case; alphanumerics kept, whitespace and '_' become '-', the rest dropped; then one "--" pass and '-' trimmed. */
    static String slugify(String s) {
        StringBuilder out = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (UnicodeText.isAlphanumeric(cp)) {
                out.appendCodePoint(cp);
            } else if (UnicodeText.isWhitespace(cp) || cp == '_') {
                out.append('-');
            }
        });
        return trim(out.toString().replace("--", "-"), '-');
    }

    static String camel(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (UnicodeText.isAlphanumeric(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (String w : words.subList(1, words.size())) {
            out.append(capitalize(w));
        }
        return out.toString();
    }

    static String snake(String s) {
        StringBuilder out = new StringBuilder();
        boolean prevUpper = false;
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                if (index > 0 && !prevUpper) {
                    out.append('_');
                }
                // Rust keeps only the first char of the lower-case mapping
                out.appendCodePoint(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT).codePointAt(0));
                prevUpper = true;
            } else if (UnicodeText.isAlphanumeric(cp)) {
                out.appendCodePoint(cp);
                prevUpper = false;
            } else if (!UnicodeText.isWhitespace(cp) && cp != '_' && cp != '-') {
                prevUpper = false;
            } else {
                if (index > 0 && (out.length() == 0 || out.charAt(out.length() - 1) != '_')) {
                    out.append('_');
                }
                prevUpper = false;
            }
        }
        return trim(out.toString(), '_');
    }

    static String kebab(String s) {
        return snake(s).replace('_', '-');
    }

    private static String trim(String s, char c) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == c) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(start, end);
    }
}
