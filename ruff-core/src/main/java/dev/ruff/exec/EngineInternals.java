package dev.ruff.exec;

import dev.ruff.async.AsyncRuntime;
import java.util.function.Function;

/**
 * Internal facts about an engine that other parts of Ruff (and its tests) may read but hosts may not:
 * {@code RuffEngine} installs the accessor when it is loaded. Not exported from the module.
 */
public final class EngineInternals {
    private static volatile Function<Object, AsyncRuntime> asyncOf;

    private EngineInternals() {
    }

    /** Installed once by {@code RuffEngine}. */
    public static void install(Function<Object, AsyncRuntime> async) {
        if (asyncOf == null) {
            asyncOf = async;
        }
    }

    /** The default async runtime of {@code engine} (a {@code dev.ruff.RuffEngine}). */
    public static AsyncRuntime async(Object engine) {
        try {
            Class.forName("dev.ruff.RuffEngine", true, EngineInternals.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return asyncOf.apply(engine);
    }
}
