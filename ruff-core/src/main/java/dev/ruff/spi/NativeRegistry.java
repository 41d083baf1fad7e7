package dev.ruff.spi;

import dev.ruff.runtime.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The one table of native globals that every backend resolves names through. Modules add to it
 * while an engine is being built; afterwards it is only read.
 */
public final class NativeRegistry {
    private final Map<String, Object> globals = new LinkedHashMap<>();
    private final Map<String, String> docs = new LinkedHashMap<>();
    private final Map<String, String> moduleOf = new LinkedHashMap<>();
    private String currentModule = "host";
    private volatile boolean frozen;

    /**
     * Ends registration: the engine calls this once it is built, so no module (or code holding the
     * registry) can add or replace natives under running scripts.
     */
    public void freeze() {
        frozen = true;
    }

    /** Whether {@link #freeze()} was called. */
    public boolean isFrozen() {
        return frozen;
    }

    private void checkOpen(String name) {
        if (frozen) {
            throw new IllegalStateException("cannot register " + name + ": the engine is built and its natives are "
                    + "frozen; add modules through RuffEngine.Builder.module");
        }
    }

    /** Registers a native function; a later registration of the same name replaces the earlier one. */
    public NativeFunction function(String name, Arity arity, Capability capability, String doc, NativeBody body) {
        checkOpen(name);
        NativeFunction fn = new NativeFunction(name, arity, capability, doc, body);
        globals.put(name, fn);
        docs.put(name, fn.doc());
        moduleOf.put(name, currentModule);
        return fn;
    }

    /** Registers a native whose effect needs every one of {@code capabilities} (copying reads and writes). */
    public NativeFunction function(String name, Arity arity, java.util.Set<Capability> capabilities, String doc,
                                   NativeBody body) {
        NativeFunction fn = new NativeFunction(name, arity, capabilities, doc, body);
        globals.put(name, fn);
        docs.put(name, fn.doc());
        moduleOf.put(name, currentModule);
        return fn;
    }

    /** Makes {@code alias} another name for the already registered {@code target}. */
    public void alias(String alias, String target) {
        checkOpen(alias);
        Object value = globals.get(target);
        if (value == null) {
            throw new IllegalArgumentException("alias " + alias + " names unknown native " + target);
        }
        globals.put(alias, value);
        docs.put(alias, "Alias of " + target + ".");
        moduleOf.put(alias, currentModule);
    }

    /** Registers a constant global such as {@code PI}. */
    public void constant(String name, Object value, String doc) {
        checkOpen(name);
        globals.put(name, Objects.requireNonNull(value));
        Values.retain(value);
        docs.put(name, doc == null ? "" : doc);
        moduleOf.put(name, currentModule);
    }

    /** Registers every function of {@code module}. */
    public void install(RuffModule module) {
        String previous = currentModule;
        currentModule = module.name();
        try {
            module.register(this);
        } finally {
            currentModule = previous;
        }
    }

    /** Installs every module that {@link ServiceLoader} finds through {@code loader}; returns them. */
    public List<RuffModule> installServiceModules(ClassLoader loader) {
        List<RuffModule> found = ServiceLoader.load(RuffModule.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        found.forEach(this::install);
        return found;
    }

    /** The native or constant called {@code name}, or Java {@code null}. */
    public Object lookup(String name) {
        return globals.get(name);
    }

    /** All registered names with their values, in registration order. */
    public Map<String, Object> globals() {
        return Collections.unmodifiableMap(globals);
    }

    /** The doc line registered for {@code name}, or {@code null}. */
    public String doc(String name) {
        return docs.get(name);
    }

    /** The module that registered {@code name}, or {@code null}. */
    public String moduleOf(String name) {
        return moduleOf.get(name);
    }
}
