package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;

/**
 * The compile tier as the VM sees it: makes the {@link CompiledBody} of a hot function or module body and
 * installs it on the chunk. The tier ({@code dev.ruff.vm.jit}) implements this and the engine hands it to the
 * {@link VmBackend}, so the VM calls the tier without depending on it.
 */
public interface BodyCompiler {
    /** The compiled body of function {@code proto}, compiling it now if nobody has; null if it cannot be compiled. */
    CompiledBody compileFunction(FunctionProto proto);

    /**
     * The compiled body of module body {@code proto}, as {@link #compileFunction}. A module body runs once, so it
     * is only ever entered by on-stack replacement at a hot loop head.
     */
    CompiledBody compileModuleBody(FunctionProto proto);

    /** Notes that a running frame moved from the dispatch loop into a body this compiler made (for diagnostics). */
    void countOnStackReplacement();
}
