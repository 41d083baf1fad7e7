package dev.ruff;

import dev.ruff.diag.Diagnostic;
import dev.ruff.exec.CompiledUnit;
import java.util.List;

/** A compiled script: immutable, reusable, safe to run concurrently against different contexts. */
public final class RuffScript {
    private final RuffEngine engine;
    private final CompiledUnit unit;
    /** The folder of the file the host compiled this from (a module root for its imports), or null. */
    private final java.nio.file.Path folder;

    RuffScript(RuffEngine engine, CompiledUnit unit, java.nio.file.Path folder) {
        this.engine = engine;
        this.unit = unit;
        this.folder = folder;
    }

    /** The name given at compile time (used in diagnostics). */
    public String name() {
        return unit.file();
    }

    /**
     * Findings that do not stop compilation but raise errors when the statement runs (reassigning a
     * {@code let}, {@code break} outside a loop …): what {@code ruff check} reports.
     */
    public List<Diagnostic> warnings() {
        return unit.resolution().diagnostics();
    }

    /**
     * Runs the script's top-level code against {@code context}'s globals.
     *
     * @return the value of a top-level {@code return}, or of the last statement when it is an expression,
     *         converted for Java; else null
     * @throws dev.ruff.diag.RuffRuntimeError when the script raises an error it does not catch
     * @throws dev.ruff.diag.RuffExit when the script calls {@code exit(code)}
     */
    public Object run(RuffContext context) {
        if (context.engine() != engine) {
            throw new IllegalArgumentException("the context belongs to another engine");
        }
        Object result = engine.execute(context, unit.file(), folder, runIn(context));
        return context.conversions().toJava(result);
    }

    /** {@link #run()} without converting the result (the Ruff value itself), for Ruff's own tests. */
    Object runRaw() {
        RuffContext context = engine.newContext();
        return engine.execute(context, unit.file(), folder, runIn(context));
    }

    /** Runs this script against {@code context}'s globals (a nested class: no lambda to spin on the first eval). */
    private RuffEngine.Work<Object> runIn(RuffContext context) {
        return new RuffEngine.Work<>() {
            @Override
            public Object run(dev.ruff.exec.ExecutionContext ctx) {
                return engine.backend().run(unit, context.globalTable(), ctx);
            }
        };
    }

    /** Runs against a fresh context. */
    public Object run() {
        return run(engine.newContext());
    }
}
