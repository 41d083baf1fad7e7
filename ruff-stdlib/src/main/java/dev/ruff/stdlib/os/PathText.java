package dev.ruff.stdlib.os;

import java.io.File;

/**
 * Lexical path operations with the results of Rust's {@code std::path} (which the reference
 * implementation used): {@code parent}, {@code file_name}, {@code extension}, {@code push}.
 * They never touch the file system.
 */
public final class PathText {
    private static final char SEP = File.separatorChar;

    private PathText() {
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == SEP;
    }

    /** Whether {@code p} is absolute on this platform. */
    public static boolean isAbsolute(String p) {
        return new File(p).isAbsolute() || (!p.isEmpty() && isSeparator(p.charAt(0)) && SEP == '/');
    }

    /** {@code base} with {@code part} pushed: an absolute part replaces what came before. */
    public static String push(String base, String part) {
        if (isAbsolute(part) || base.isEmpty()) {
            return part;
        }
        return isSeparator(base.charAt(base.length() - 1)) ? base + part : base + SEP + part;
    }

    /** {@code p} without trailing separators and trailing {@code .} components; keeps a lone root. */
    private static String trimEnd(String p) {
        int end = p.length();
        while (true) {
            while (end > 1 && isSeparator(p.charAt(end - 1))) {
                end--;
            }
            if (end >= 2 && p.charAt(end - 1) == '.' && isSeparator(p.charAt(end - 2))) {
                end -= 2; // "a/." ends in a current-dir component, which Rust's components() skips
                continue;
            }
            return p.substring(0, end);
        }
    }

    /** The parent path, or {@code null} when there is none (root or empty path). */
    public static String parent(String p) {
        String t = trimEnd(p);
        if (t.isEmpty() || (t.length() == 1 && isSeparator(t.charAt(0)))) {
            return null;
        }
        int slash = lastSeparator(t);
        if (slash < 0) {
            return "";
        }
        String head = t.substring(0, slash);
        while (head.length() > 1 && isSeparator(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head.isEmpty() ? t.substring(0, 1) : trimEnd(head);
    }

    /** The last normal component, or {@code null} (for a root, {@code ..}, {@code .} or empty path). */
    public static String fileName(String p) {
        String t = trimEnd(p);
        String last = t.substring(lastSeparator(t) + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return null;
        }
        return last;
    }

    /** The extension without the dot, or {@code null}; {@code .bashrc} has none, {@code file.} has {@code ""}. */
    public static String extension(String p) {
        String name = fileName(p);
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? null : name.substring(dot + 1);
    }

    private static int lastSeparator(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isSeparator(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
