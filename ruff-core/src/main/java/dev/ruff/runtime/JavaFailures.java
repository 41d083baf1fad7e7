package dev.ruff.runtime;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Words for a Java failure that reaches a script (a native's unexpected exception, an I/O failure completing a
 * promise): messages speak Ruff, never a Java class name.
 */
public final class JavaFailures {
    private JavaFailures() {
    }

    /** What went wrong, in words a script author can act on. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && (message == null || message.equals(cause.toString()))) {
            return describe(cause); // a wrapper whose message is only its cause's class and message
        }
        boolean hasMessage = message != null && !message.isBlank();
        if (failure instanceof ConnectException) {
            return hasMessage ? "connection failed: " + message : "connection refused";
        }
        if (failure instanceof UnknownHostException) {
            return hasMessage ? "unknown host: " + message : "unknown host";
        }
        // java.net.http's HttpTimeoutException is matched by name so the core needs no java.net.http module
        if (failure instanceof SocketTimeoutException || failure instanceof TimeoutException
                || failure.getClass().getSimpleName().endsWith("TimeoutException")) {
            return "timed out";
        }
        if (failure instanceof StackOverflowError) {
            return "call stack overflow";
        }
        if (failure instanceof java.io.IOException io) {
            String os = OsErrorText.of(io);
            if (OsErrorText.isOsErrorText(os)) {
                return os; // a file-system or socket failure: the errno text upstream prints
            }
            return hasMessage ? "I/O error: " + os : "I/O error";
        }
        if (failure instanceof NumberFormatException) {
            return "invalid number"; // Java's text quotes its own parser ("For input string: …")
        }
        return hasMessage ? message : "internal error";
    }
}
