package dev.ruff.spi;

import dev.ruff.runtime.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one table of native globals that every backend resolves names through. Modules add to it
 * while an engine is being built; afterwards it is only read.
 *
 * <p>A service module whose jar ships a {@link NativeIndex} can be installed <em>on first use</em>
 * ({@link #installServiceModulesOnFirstUse}): its names are known at once, but the module is only
 * instantiated and its {@link RuffModule#register} run when one of its names is first looked up, so
 * an engine does not pay for natives (their classes, lambdas and libraries) a script never calls.
 * Registration order still decides which of two modules' same-named natives wins, exactly as if
 * every module had been installed eagerly.</p>
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
        // a module installed on first use registers after the freeze: it was added before it
        if (frozen && !installingDeferred) {
            throw new IllegalStateException("cannot register " + name + ": the engine is built and its natives are "
                    + "frozen; add modules through RuffEngine.Builder.module");
        }
    }
    /** True while a module installed on first use runs its register (allowed after {@link #freeze()}). */
    private boolean installingDeferred;
    /** The install each name's entry came from; an entry from a later install is never replaced by an earlier one. */
    private final Map<String, Integer> rankOf = new HashMap<>();
    private int installs;
    private int currentRank = -1;
    /** Modules installed on first use whose register has not run yet, in install order. */
    private final List<DeferredModule> deferred = new ArrayList<>();
    /** True while no deferred module is pending: lookups then read the table without locking. */
    private volatile boolean settled = true;
    /** While modules are pending: names whose entry no pending module can replace any more, read without locking. */
    private final Map<String, Object> resolved = new ConcurrentHashMap<>();

    /**
     * Registers a native function; a later registration of the same name replaces the earlier one.
     *
     * @param signature the name, best followed by the parameter names users see in {@code ruff natives}:
     *                  {@code "read_file(path)"}, {@code "write_file(path, content, overwrite?)"},
     *                  {@code "format(template, ...args)"} (see {@link NativeParameters}); the names must fit
     *                  {@code arity}
     * @throws IllegalArgumentException when the parameter list is malformed or does not fit {@code arity}
     */
    public NativeFunction function(String signature, Arity arity, Capability capability, String doc, NativeBody body) {
        return function(signature, arity, List.of(capability), doc, body);
    }

    /** Registers a native whose effect needs every one of {@code capabilities} (copying reads and writes). */
    public NativeFunction function(String signature, Arity arity, java.util.Set<Capability> capabilities, String doc,
                                   NativeBody body) {
        return function(signature, arity, (java.util.Collection<Capability>) capabilities, doc, body);
    }

    private NativeFunction function(String signature, Arity arity, java.util.Collection<Capability> capabilities,
                                    String doc, NativeBody body) {
        int open = signature.indexOf('(');
        String name = open < 0 ? signature : signature.substring(0, open).strip();
        checkOpen(name);
        NativeParameters parameters = null;
        if (open >= 0) {
            if (!signature.endsWith(")")) {
                throw new IllegalArgumentException("signature must end with ')': " + signature);
            }
            parameters = NativeParameters.parse(signature.substring(open + 1, signature.length() - 1));
        }
        NativeFunction fn = new NativeFunction(name, parameters, arity, capabilities, doc, body);
        put(name, fn, fn.doc());
        return fn;
    }

    /** Makes {@code alias} another name for the already registered {@code target}. */
    public void alias(String alias, String target) {
        checkOpen(alias);
        Object value = lookup(target);
        if (value == null) {
            throw new IllegalArgumentException("alias " + alias + " names unknown native " + target);
        }
        put(alias, value, "Alias of " + target + ".");
    }

    /** Registers a constant global such as {@code PI}. */
    public void constant(String name, Object value, String doc) {
        checkOpen(name);
        Objects.requireNonNull(value);
        if (put(name, value, doc == null ? "" : doc)) {
            Values.retain(value);
        }
    }

    /** Registers every function of {@code module}. */
    public void install(RuffModule module) {
        runRegister(module, ++installs);
    }

    /** Installs every module that {@link ServiceLoader} finds through {@code loader}; returns them. */
    public List<RuffModule> installServiceModules(ClassLoader loader) {
        List<RuffModule> found = ServiceLoader.load(RuffModule.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        found.forEach(this::install);
        return found;
    }

    /**
     * Like {@link #installServiceModules}, but a module whose jar carries a {@link NativeIndex} is only
     * instantiated and registered when one of its names is first looked up (or when {@link #globals()}
     * lists everything). Modules without an index are installed at once.
     */
    public void installServiceModulesOnFirstUse(ClassLoader loader) {
        checkOpen("service modules");
        for (ServiceLoader.Provider<RuffModule> provider : serviceProviders(loader)) {
            NativeIndex.Entry entry = provider instanceof ClassPathModules.Named named
                    ? NativeIndex.of(named.className, named.loader) : NativeIndex.of(provider.type());
            if (entry == null) {
                install(provider.get());
            } else {
                defer(new DeferredModule(provider, entry, ++installs));
            }
        }
    }

    /**
     * The module providers of the class loader this class lives in, found once: every engine a host
     * builds would otherwise read the {@code META-INF/services} files of the whole class path again.
     * Other loaders are not remembered (a static here must not keep a host's loader alive).
     * {@link ServiceLoader.Provider#get} still makes a new module instance for each engine.
     */
    private static volatile List<ServiceLoader.Provider<RuffModule>> ownLoaderProviders;

    private static List<ServiceLoader.Provider<RuffModule>> serviceProviders(ClassLoader loader) {
        if (loader != NativeRegistry.class.getClassLoader()) {
            return find(loader);
        }
        List<ServiceLoader.Provider<RuffModule>> providers = ownLoaderProviders;
        if (providers == null) {
            providers = find(loader);
            ownLoaderProviders = providers;
        }
        return providers;
    }

    /**
     * On the class path, the providers the service files name, their classes not loaded yet (a module is
     * loaded when it is installed); on the module path, {@link ServiceLoader}'s.
     */
    private static List<ServiceLoader.Provider<RuffModule>> find(ClassLoader loader) {
        ClassLoader from = loader != null ? loader : ClassLoader.getSystemClassLoader();
        if (!NativeRegistry.class.getModule().isNamed()) {
            List<ServiceLoader.Provider<RuffModule>> named = ClassPathModules.providers(from);
            if (named != null) {
                return named;
            }
        }
        return ServiceLoader.load(RuffModule.class, from).stream().toList();
    }

    /** The native or constant called {@code name}, or Java {@code null}. */
    public Object lookup(String name) {
        if (settled) {
            return globals.get(name);
        }
        Object value = resolved.get(name);
        if (value != null) {
            return value;
        }
        synchronized (this) {
            value = lookupInstalling(name);
            if (value != null && !settled) {
                resolved.put(name, value);
            }
            return value;
        }
    }

    /** All registered names with their values, in registration order. */
    public Map<String, Object> globals() {
        installDeferred();
        return Collections.unmodifiableMap(globals);
    }

    /** The doc line registered for {@code name}, or {@code null}. */
    public String doc(String name) {
        lookup(name);
        synchronized (this) {
            return docs.get(name);
        }
    }

    /** The module that registered {@code name}, or {@code null}. */
    public String moduleOf(String name) {
        lookup(name);
        synchronized (this) {
            return moduleOf.get(name);
        }
    }

    // ---------------------------------------------------------------- internal

    /** Enters {@code name} unless a later install already holds it; returns whether it was entered. */
    private boolean put(String name, Object value, String doc) {
        int rank = currentRank >= 0 ? currentRank : ++installs; // a registration outside install() is an install of its own
        Integer held = rankOf.get(name);
        if (held != null && held > rank) {
            return false;
        }
        rankOf.put(name, rank);
        globals.put(name, value);
        resolved.replace(name, value);
        docs.put(name, doc);
        moduleOf.put(name, currentModule);
        return true;
    }

    private void runRegister(RuffModule module, int rank) {
        String previousModule = currentModule;
        int previousRank = currentRank;
        currentModule = module.name();
        currentRank = rank;
        try {
            module.register(this);
        } finally {
            currentModule = previousModule;
            currentRank = previousRank;
        }
    }

    private synchronized void defer(DeferredModule module) {
        deferred.add(module);
        settled = false;
    }

    /** Installs the pending modules that would have entered {@code name} last, then reads it. */
    private Object lookupInstalling(String name) {
        for (DeferredModule module : List.copyOf(deferred)) {
            Integer held = rankOf.get(name);
            if (module.entry.names().contains(name) && (held == null || module.rank > held)) {
                installDeferred(module);
            }
        }
        Object value = globals.get(name);
        if (value == null && !settled) {
            // Not in any index: an index older than its module must not hide a native, so install the
            // rest before calling the name missing (this is the undefined-name error path).
            installDeferred();
            value = globals.get(name);
        }
        return value;
    }

    private synchronized void installDeferred() {
        for (DeferredModule module : List.copyOf(deferred)) {
            installDeferred(module);
        }
    }

    private void installDeferred(DeferredModule module) {
        if (module.installed) {
            return;
        }
        module.installed = true; // before register, so an alias lookup inside it cannot recurse into it
        installingDeferred = true;
        try {
            runRegister(module.provider.get(), module.rank);
        } finally {
            installingDeferred = false;
        }
        deferred.remove(module);
        if (deferred.isEmpty()) {
            settled = true;
        }
    }

    /** A service module known by its index whose register has not run yet. */
    private static final class DeferredModule {
        final ServiceLoader.Provider<RuffModule> provider;
        final NativeIndex.Entry entry;
        final int rank;
        boolean installed;

        DeferredModule(ServiceLoader.Provider<RuffModule> provider, NativeIndex.Entry entry, int rank) {
            this.provider = provider;
            this.entry = entry;
            this.rank = rank;
        }
    }
}
