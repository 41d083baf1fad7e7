package dev.ruff.exec;

import dev.ruff.ast.Program;
import dev.ruff.resolve.Resolution;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

    /** A backend-specific form of this unit, built on first request. */
    public <T> T derived(Class<T> kind, Function<CompiledUnit, T> build) {
        // get-then-putIfAbsent rather than computeIfAbsent with a lambda (class spinning on the first eval); two
        // racing first requests may both build, and both get the one that was stored
        Object form = derived.get(kind);
        if (form == null) {
            form = build.apply(this);
            Object stored = derived.putIfAbsent(kind, form);
            if (stored != null) {
                form = stored;
            }
        }
        return kind.cast(form);
    }
}
