package dev.ruff.vm;

import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.StringWriter;
import java.util.stream.Collectors;

/**
 * One engine configuration of a differential test, reused across tries (each run gets a fresh context):
 * a run's outcome is its output plus the error's message, position and Ruff stack. Test fixture.
 */
final class DifferentialEngine implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final RuffEngine engine;

    DifferentialEngine(RuffEngine.Builder builder) {
        engine = builder.out(out).err(new StringWriter()).module(new TestNatives()).build();
    }

    String run(String source) {
        out.getBuffer().setLength(0);
        String error = "";
        try {
            engine.compile(source, "gen.ruff").run();
        } catch (RuffRuntimeError e) {
            error = "!! " + e.getMessage() + " @ " + e.pos() + " stack "
                    + e.stack().stream().map(StackEntry::toString).collect(Collectors.joining(", "));
        }
        return out + error;
    }

    @Override
    public void close() {
        engine.close();
    }
}
