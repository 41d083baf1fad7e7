package dev.ruff.stdlib.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Regular expressions with the behaviour of Rust's {@code regex} crate, which upstream uses, on top
 * of RE2/J: matching takes time linear in the text whatever the pattern (no backtracking, so no
 * backreferences or lookaround, as in Rust), Unicode-aware classes ({@code \d}, {@code \w}, {@code \s}),
 * the {@code (?P<name>…)} and {@code (?<name>…)} group syntax, empty matches right after a match
 * skipped, and {@code $1}/{@code ${name}} replacement expansion where an unknown group expands to nothing.
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
                p = Pattern.compile(unicodeClasses(source));
            } catch (PatternSyntaxException | IllegalArgumentException e) {
                return null;
            }
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(source, p);
        }
        return new RustRegex(p);
    }

    private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    private static final String SPACE = "\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}";

    /**
     * Rust's {@code \d}, {@code \w}, {@code \s} (and their negations) are Unicode classes, RE2's are ASCII:
     * rewrites them to the Unicode properties; turns {@code (?<name>} into RE2's {@code (?P<name>}.
     */
    static String unicodeClasses(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        boolean inClass = false;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = source.charAt(++i);
                String replacement = switch (e) {
                    case 'd' -> "\\p{Nd}";
                    case 'D' -> "\\P{Nd}";
                    case 'w' -> inClass ? WORD : "[" + WORD + "]";
                    case 'W' -> inClass ? null : "[^" + WORD + "]";
                    case 's' -> inClass ? SPACE : "[" + SPACE + "]";
                    case 'S' -> inClass ? null : "[^" + SPACE + "]";
                    default -> null;
                };
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c).append(e);
                }
                continue;
            }
            if (!inClass && c == '(' && source.startsWith("(?<", i) && i + 3 < n && source.charAt(i + 3) != '='
                    && source.charAt(i + 3) != '!') {
                out.append("(?P<");
                i += 2;
                continue;
            }
            out.append(c);
            if (!inClass && c == '[') {
                inClass = true;
                // a ']' right after '[' or '[^' is a literal
                if (i + 1 < n && source.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < n && source.charAt(i + 1) == ']') {
                    out.append(']');
                    i++;
                }
            } else if (inClass && c == '[' && i + 1 < n && source.charAt(i + 1) == ':') {
                int close = source.indexOf(":]", i + 2);
                if (close > 0) {
                    out.append(source, i + 1, close + 2);
                    i = close + 1;
                }
            } else if (inClass && c == ']') {
                inClass = false;
            }
        }
        return out.toString();
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
