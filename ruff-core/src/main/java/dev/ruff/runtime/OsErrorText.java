package dev.ruff.runtime;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Java I/O exceptions into the text Rust's {@code std::io::Error} displays
 * ({@code No such file or directory (os error 2)}), because golden outputs contain that text verbatim.
 * Errno numbers are Linux's, which is what the reference implementation printed. The one translation of I/O
 * failures: natives use it, and {@link JavaFailures} for an I/O failure no native translated.
 */
public final class OsErrorText {
    private static final Map<String, Integer> ERRNO = Map.ofEntries(
            Map.entry("operation not permitted", 1),
            Map.entry("no such file or directory", 2),
            Map.entry("no such process", 3),
            Map.entry("interrupted system call", 4),
            Map.entry("input/output error", 5),
            Map.entry("bad file descriptor", 9),
            Map.entry("resource temporarily unavailable", 11),
            Map.entry("cannot allocate memory", 12),
            Map.entry("permission denied", 13),
            Map.entry("device or resource busy", 16),
            Map.entry("file exists", 17),
            Map.entry("invalid cross-device link", 18),
            Map.entry("not a directory", 20),
            Map.entry("is a directory", 21),
            Map.entry("invalid argument", 22),
            Map.entry("too many open files", 24),
            Map.entry("text file busy", 26),
            Map.entry("file too large", 27),
            Map.entry("no space left on device", 28),
            Map.entry("read-only file system", 30),
            Map.entry("too many links", 31),
            Map.entry("broken pipe", 32),
            Map.entry("file name too long", 36),
            Map.entry("directory not empty", 39),
            Map.entry("too many levels of symbolic links", 40),
            Map.entry("connection refused", 111),
            Map.entry("connection reset by peer", 104),
            Map.entry("connection timed out", 110),
            Map.entry("no route to host", 113));

    private static final Pattern JAVA_PROCESS_ERROR = Pattern.compile("error=(\\d+), (.+)$");
    private static final Pattern PARENTHESISED_REASON = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private OsErrorText() {
    }

    /** The Rust-style text for an errno and its strerror text. */
    public static String of(String reason, int errno) {
        return capitalise(reason) + " (os error " + errno + ")";
    }

    /** The Rust-style text for {@code e}; falls back to the exception's own message. */
    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return of("No such file or directory", 2);
        }
        if (e instanceof AccessDeniedException) {
            return of("Permission denied", 13);
        }
        if (e instanceof FileAlreadyExistsException) {
            return of("File exists", 17);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return of("Directory not empty", 39);
        }
        if (e instanceof NotDirectoryException) {
            return of("Not a directory", 20);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fromReason(fse.getReason());
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "I/O error" : e.getMessage(); // never a class name
        Matcher process = JAVA_PROCESS_ERROR.matcher(message);
        if (process.find()) {
            return of(process.group(2).trim(), Integer.parseInt(process.group(1)));
        }
        if (e instanceof FileNotFoundException) {
            Matcher reason = PARENTHESISED_REASON.matcher(message);
            if (reason.find()) {
                return fromReason(reason.group(1));
            }
        }
        return fromReason(message);
    }

    /** Whether {@code text} is a translated errno text ({@code … (os error N)}). */
    static boolean isOsErrorText(String text) {
        return text.endsWith(")") && text.contains(" (os error ");
    }

    /** Maps a strerror text to the Rust form when the errno is known; otherwise returns it as is. */
    private static String fromReason(String reason) {
        Integer errno = ERRNO.get(reason.trim().toLowerCase(Locale.ROOT));
        return errno == null ? reason : of(reason.trim(), errno);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
