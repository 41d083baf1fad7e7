package dev.ruff.exec;

import dev.ruff.diag.RuffRuntimeError;

/**
 * Lets the engine record which backend reported a runtime error and in which script, without a
 * public setter on {@link RuffRuntimeError}: the error class installs the hook when it is loaded.
 */
public final class ErrorOrigins {
    /** Records an error's origin. */
    @FunctionalInterface
    public interface Stamp {
        void stamp(RuffRuntimeError error, String code, String subsystem, String file);
    }

    private static volatile Stamp stamp;

    private ErrorOrigins() {
    }

    /** Called once by {@link RuffRuntimeError}'s static initialiser. */
    public static void install(Stamp hook) {
        if (stamp == null) {
            stamp = hook;
        }
    }

    /**
     * Records that {@code error} escaped a run of {@code file} on a backend reporting {@code code} and
     * {@code subsystem} (the first record wins: an error crossing nested runs keeps the innermost).
     */
    public static void stamp(RuffRuntimeError error, String code, String subsystem, String file) {
        stamp.stamp(error, code, subsystem, file);
    }
}
