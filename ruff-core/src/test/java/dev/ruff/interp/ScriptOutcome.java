package dev.ruff.interp;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;

/** What running a script printed, and the error it stopped with (if any). Test fixture. */
record ScriptOutcome(String out, RuffRuntimeError error) {

    static ScriptOutcome of(BackendType backend, String source) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).err(err).build()) {
            try {
                engine.compile(source, "test.ruff").run();
                return new ScriptOutcome(out.toString(), null);
            } catch (RuffRuntimeError e) {
                return new ScriptOutcome(out.toString(), e);
            }
        }
    }

    /** Standard output of a script that must not fail. */
    static String output(BackendType backend, String source) {
        ScriptOutcome o = of(backend, source);
        if (o.error != null) {
            throw new AssertionError("script failed: " + o.error.getMessage() + " at " + o.error.pos()
                    + "\noutput so far:\n" + o.out);
        }
        return o.out;
    }

    /** The message of the error a script must stop with. */
    static String errorMessage(BackendType backend, String source) {
        ScriptOutcome o = of(backend, source);
        if (o.error == null) {
            throw new AssertionError("expected an error, script printed:\n" + o.out);
        }
        return o.error.getMessage();
    }
}
