package dev.ruff.vm.bytecode;

/**
 * What a {@link Chunk} holds once its function was compiled to JVM bytecode. The only subclass is the VM's
 * {@code dev.ruff.vm.CompiledBody}; this bare supertype lets the chunk keep it without the bytecode package
 * depending on the VM (which depends on it) or on the compile tier.
 */
public abstract class CompiledCode {
    protected CompiledCode() {
    }
}
