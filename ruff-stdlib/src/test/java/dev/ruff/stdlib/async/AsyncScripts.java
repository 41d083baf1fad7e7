package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.BackendType;
import dev.ruff.HostValues;
import dev.ruff.RuffEngine;
import dev.ruff.async.RuffPromise;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.exec.EngineInternals;
import dev.ruff.spi.Capability;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Test fixture: runs scripts on an engine with the stdlib and waits for promises with a bounded timeout. */
final class AsyncScripts implements AutoCloseable {
    static final long WAIT_SECONDS = 20;

    final RuffEngine engine;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    AsyncScripts(BackendType backend, Capability... granted) {
        RuffEngine.Builder b = RuffEngine.builder().backend(backend).out(out).err(err);
        b.grant(granted);
        engine = b.build();
    }

    /** Runs the script and returns what it printed. */
    String output(String source) {
        engine.compile(source, "test.ruff").run();
        out.flush();
        return out.toString();
    }

    /** The message of the error the script stops with. */
    String error(String source) {
        return assertThrows(RuffRuntimeError.class, () -> engine.compile(source, "test.ruff").run()).getMessage();
    }

    /** Runs a script whose top-level {@code return} is a promise; waits (bounded) for its value, converted for Java. */
    Object settle(String source) throws Exception {
        return HostValues.toJava(promise(source).future().get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    /** The promise a script returns. */
    RuffPromise promise(String source) {
        Object v = EngineInternals.runUnconverted(engine.compile(source, "test.ruff"));
        if (!(v instanceof RuffPromise p)) {
            throw new AssertionError("script returned " + v + ", not a promise");
        }
        return p;
    }

    /** The message the promise a script returns is rejected with. */
    String rejection(String source) throws Exception {
        RuffPromise p = promise(source);
        try {
            p.future().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return RuffPromise.messageOf(e);
        }
        throw new AssertionError("promise fulfilled");
    }

    @Override
    public void close() {
        engine.close();
    }
}
