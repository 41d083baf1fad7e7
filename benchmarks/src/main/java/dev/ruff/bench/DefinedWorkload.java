package dev.ruff.bench;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import java.io.Writer;
import java.util.List;

/**
 * A workload whose script has run once in define-only mode on one backend, so its {@code run()}
 * function can be called again and again: the part a benchmark measures.
 */
public final class DefinedWorkload implements AutoCloseable {
    private final Workload workload;
    private final RuffEngine engine;
    private final RuffContext context;

    private DefinedWorkload(Workload workload, RuffEngine engine, RuffContext context) {
        this.workload = workload;
        this.engine = engine;
        this.context = context;
    }

    /** Compiles the workload for {@code backend} and runs its top level, which defines {@code run()}. */
    public static DefinedWorkload define(Workload workload, BackendType backend) {
        return define(workload, backend, b -> b);
    }

    /** {@link #define(Workload, BackendType)} with further engine settings (limits, for example). */
    public static DefinedWorkload define(Workload workload, BackendType backend,
                                         java.util.function.UnaryOperator<RuffEngine.Builder> settings) {
        RuffEngine engine = settings.apply(RuffEngine.builder())
                .backend(backend)
                .out(Writer.nullWriter())
                .scriptArgs(List.of(Workload.DEFINE_ONLY))
                .build();
        RuffContext context = engine.newContext();
        engine.compile(workload.source(), workload.fileName()).run(context);
        return new DefinedWorkload(workload, engine, context);
    }

    /** One call of the workload's {@code run()}; returns its result (ints come back as {@link Long}). */
    public Object callRun() {
        return context.call("run");
    }

    /**
     * Calls {@code run()} once and fails unless it returns the expected value, so a benchmark never
     * times a wrong program.
     */
    public void verify() {
        String actual = String.valueOf(callRun());
        if (!actual.equals(workload.expected())) {
            throw new IllegalStateException(workload.name() + " on " + engine.backendType() + " returned " + actual
                    + ", expected " + workload.expected());
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
