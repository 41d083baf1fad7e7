package dev.ruff.diag;

/**
 * Base of every error Ruff reports to a host. Carries no Java stack trace: the interesting
 * stack is the script's, and filling Java traces would make {@code try/except} in scripts slow.
 */
public abstract class RuffException extends RuntimeException {
    protected RuffException(String message) {
        super(message, null, false, false);
    }

    protected RuffException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
