package dev.ruff.exec;

import dev.ruff.ast.Program;
import dev.ruff.resolve.Resolution;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed and resolved source file, shared by every run of it. Backends may attach derived forms
 * (the VM's bytecode) with {@link #derived}, computed once and cached.
 */
public final class CompiledUnit {
    private final Program program;
    private final Resolution resolution;
    private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

    public CompiledUnit(Program program, Resolution resolution) {
        this.program = program;
        this.resolution = resolution;
    }

    public Program program() {
        return program;
    }

    public Resolution resolution() {
        return resolution;
    }

    public String file() {
        return program.file();
    }

    /** The backend-specific form of this unit of type {@code kind}, or null before one is {@linkplain #storeDerived stored}. */
    public <T> T derived(Class<T> kind) {
        return kind.cast(derived.get(kind));
    }

    /**
     * Keeps {@code form} as this unit's form of type {@code kind} unless another thread stored one first, and
     * returns the one kept. (Two methods rather than computeIfAbsent with a lambda: no lambda on a first eval's
     * path, which would start the JVM's lambda machinery. Two racing first requests may both build.)
     */
    public <T> T storeDerived(Class<T> kind, T form) {
        Object stored = derived.putIfAbsent(kind, form);
        return kind.cast(stored != null ? stored : form);
    }
}
