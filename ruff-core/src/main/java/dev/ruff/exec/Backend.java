package dev.ruff.exec;

import dev.ruff.runtime.Globals;

/** An execution strategy: the tree-walking interpreter or the bytecode VM. */
public interface Backend {
    /** Upstream's subsystem tag for runtime errors: {@code vm} or {@code runtime}. */
    String subsystem();

    /** Upstream's runtime error code for this backend: {@code RUFVM001} or {@code RUFRUN001}. */
    String errorCode();

    /**
     * Runs a unit's top-level code against {@code globals}; returns the value of a top-level
     * {@code return}, else Ruff null.
     */
    Object run(CompiledUnit unit, Globals globals, ExecutionContext context);

    /**
     * Builds what the backend derives from a unit (the VM's bytecode) ahead of the first run, so that
     * compile-time failures surface when the host compiles.
     */
    default void prepare(CompiledUnit unit) {
    }

    /** Calls a Ruff function value from the host (after a run defined it). */
    Object call(Object callee, Object[] args, ExecutionContext context);
}
