package dev.ruff.stdlib;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.spi.Capability;
import java.io.StringWriter;

/** Test harness: runs a script on a fresh engine with the standard library and returns what it printed. */
public final class Scripts {
    private Scripts() {
    }

    /** Runs {@code source} on {@code backend} with every capability granted. */
    public static String run(BackendType backend, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).grantAll().out(out).err(out).build()) {
            engine.eval(source);
        }
        return out.toString();
    }

    /** Runs {@code source} granted only {@code capabilities}; returns its output. */
    public static String runGranting(BackendType backend, String source, Capability... capabilities) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).denyAll().grant(capabilities).out(out).err(out)
                .build()) {
            engine.eval(source);
        }
        return out.toString();
    }

    /** The message of the uncaught error {@code source} ends with (fails when it does not raise). */
    public static String error(BackendType backend, String source) {
        try {
            run(backend, source);
        } catch (RuffRuntimeError e) {
            return e.getMessage();
        }
        throw new AssertionError("script did not raise");
    }
}
