package dev.ruff.exec;

import dev.ruff.async.AsyncRuntime;
import java.util.function.Function;

/**
 * Internal facts about an engine that other parts of Ruff (and its tests) may read but hosts may not:
 * {@code RuffEngine} installs the accessor when it is loaded. Not exported from the module.
 */
public final class EngineInternals {
    private static volatile Function<Object, AsyncRuntime> asyncOf;
    private static volatile Function<Object, Object> runRaw;

    private EngineInternals() {
    }

    /** Installed once by {@code RuffEngine}. */
    public static void install(Function<Object, AsyncRuntime> async, Function<Object, Object> run) {
        if (asyncOf == null) {
            asyncOf = async;
            runRaw = run;
        }
    }

    /**
     * Runs a {@code dev.ruff.RuffScript} against a fresh context and returns its result as the Ruff value
     * itself, not converted for Java (tests of promises need the promise, not a future).
     */
    public static Object runUnconverted(Object script) {
        loadEngine();
        return runRaw.apply(script);
    }

    private static void loadEngine() {
        try {
            Class.forName("dev.ruff.RuffEngine", true, EngineInternals.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default async runtime of {@code engine} (a {@code dev.ruff.RuffEngine}). */
    public static AsyncRuntime async(Object engine) {
        loadEngine();
        return asyncOf.apply(engine);
    }
}
