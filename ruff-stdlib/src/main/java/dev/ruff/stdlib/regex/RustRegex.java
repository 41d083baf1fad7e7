package dev.ruff.stdlib.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions with the behaviour of Rust's {@code regex} crate, which upstream uses, on top
 * of {@code java.util.regex}: Unicode-aware classes ({@code \d}, {@code \w}, {@code \s}), the
 * {@code (?P<name>…)} group syntax, empty matches right after a match skipped, and
 * {@code $1}/{@code ${name}} replacement expansion where an unknown group expands to nothing.
 */
final class RustRegex {
    private static final int CACHE_LIMIT = 256;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private final Pattern pattern;

    private RustRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The compiled pattern, or Java {@code null} when it is invalid. */
    static RustRegex compile(String source) {
        Pattern p = CACHE.get(source);
        if (p == null) {
            try {
                p = Pattern.compile(source.replace("(?P<", "(?<"), Pattern.UNICODE_CHARACTER_CLASS);
            } catch (PatternSyntaxException e) {
                return null;
            }
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(source, p);
        }
        return new RustRegex(p);
    }

    boolean matches(String text) {
        return pattern.matcher(text).find();
    }

    /** Match spans {@code [start, end]} in Rust's iteration order. */
    private List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            // Rust skips an empty match that starts where the previous match ended
            if (m.start() == m.end() && m.start() == lastEnd) {
                continue;
            }
            out.add(new int[] {m.start(), m.end()});
            lastEnd = m.end();
        }
        return out;
    }

    List<String> findAll(String text) {
        List<String> out = new ArrayList<>();
        for (int[] s : spans(text)) {
            out.add(text.substring(s[0], s[1]));
        }
        return out;
    }

    List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int[] s : spans(text)) {
            out.add(text.substring(from, s[0]));
            from = s[1];
        }
        out.add(text.substring(from));
        return out;
    }

    String replaceAll(String text, String replacement) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(text);
        int from = 0;
        int lastEnd = -1;
        while (m.find()) {
            if (m.start() == m.end() && m.start() == lastEnd) {
                continue;
            }
            out.append(text, from, m.start());
            expand(m, replacement, out);
            from = m.end();
            lastEnd = m.end();
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /** Rust's replacement syntax: {@code $$}, {@code $name}/{@code $1} (longest name), {@code ${name}}. */
    private static void expand(Matcher m, String replacement, StringBuilder out) {
        int i = 0;
        while (i < replacement.length()) {
            char ch = replacement.charAt(i);
            if (ch != '$' || i + 1 >= replacement.length()) {
                out.append(ch);
                i++;
                continue;
            }
            char next = replacement.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int end;
            if (next == '{') {
                int close = replacement.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(ch);
                    i++;
                    continue;
                }
                name = replacement.substring(i + 2, close);
                end = close + 1;
            } else {
                end = i + 1;
                while (end < replacement.length() && isNameChar(replacement.charAt(end))) {
                    end++;
                }
                name = replacement.substring(i + 1, end);
            }
            if (name.isEmpty()) {
                out.append(ch);
                i++;
                continue;
            }
            out.append(group(m, name));
            i = end;
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String group(Matcher m, String name) {
        String value = null;
        try {
            if (name.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(name);
                value = index <= m.groupCount() ? m.group(index) : null;
            } else {
                value = m.group(name);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException unknownGroup) {
            value = null;
        }
        return value == null ? "" : value;
    }
}
