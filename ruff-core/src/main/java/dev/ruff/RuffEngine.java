package dev.ruff;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableSetMultimap;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.async.AsyncRuntime;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.EngineInternals;
import dev.ruff.exec.ErrorOrigins;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.exec.ScriptThread;
import dev.ruff.interp.Interpreter;
import dev.ruff.vm.VmBackend;
import dev.ruff.parse.RuffParser;
import dev.ruff.prelude.PreludeModule;
import dev.ruff.resolve.Resolver;
import dev.ruff.runtime.Globals;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for running Ruff from Java.
 *
 * <pre>{@code
 * try (RuffEngine engine = RuffEngine.builder().build()) {
 *     RuffScript script = engine.compile("func twice(x) { return x * 2 }", "rules.ruff");
 *     RuffContext context = engine.newContext();
 *     script.run(context);
 *     Object four = context.call("twice", 2);   // 4L
 * }
 * }</pre>
 *
 * <p>An engine is thread-safe and meant to be shared: compiled scripts are immutable and may run
 * many times, concurrently, each run against its own {@link RuffContext}. Natives come from the
 * core prelude, from every {@link RuffModule} that {@link java.util.ServiceLoader} finds (the
 * {@code ruff-stdlib} jar) and from modules the host adds. An engine built with no options grants
 * only the {@code clock} and {@code random} capabilities; file, network, process and environment
 * access must be granted explicitly.</p>
 */
public final class RuffEngine implements AutoCloseable {
    /** Ruff calls may nest this deep unless the builder says otherwise. */
    public static final int DEFAULT_MAX_CALL_DEPTH = 10_000;
    /** Calls of a function before the VM compiles it to JVM bytecode (see {@link Builder#compileThreshold}). */
    public static final int DEFAULT_COMPILE_THRESHOLD = 200;
    /** Script threads get a large stack so deep Ruff recursion never overflows the Java stack. */
    private static final long SCRIPT_THREAD_STACK = 1024L * 1024 * 1024;
    /** How many compiled scripts an engine keeps so that compiling the same text again does not re-parse. */
    private static final int COMPILED_CACHE_SIZE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(RuffEngine.class);

    static {
        EngineInternals.install(engine -> ((RuffEngine) engine).async, script -> ((RuffScript) script).runRaw());
    }

    private final BackendType backendType;
    private final Backend backend;
    private final NativeRegistry natives;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Path> modulePaths;
    private final List<String> scriptArgs;
    private final Set<Capability> granted;
    private final int maxCallDepth;
    private final ExecutorService scriptThreads;
    private final AsyncRuntime async;
    private final BufferedReader in;
    private final Function<Capability, String> grantAdvice;
    private final HostAccess hostAccess;
    private final Cache<CacheKey, RuffScript> compiled = CacheBuilder.newBuilder().maximumSize(COMPILED_CACHE_SIZE)
            .build();
    /** Async runtimes for executors that contexts set ({@link RuffContext#setExecutor}); closed with the engine. */
    private final ConcurrentMap<Executor, AsyncRuntime> hostAsync = CacheBuilder.newBuilder().weakKeys()
            .<Executor, AsyncRuntime>build().asMap();

    private RuffEngine(Builder b) {
        this.backendType = b.backend;
        this.backend = b.backend == BackendType.VM ? new VmBackend(b.compileThreshold) : new Interpreter();
        this.natives = new NativeRegistry();
        natives.install(new PreludeModule());
        if (b.serviceModules) {
            natives.installServiceModules(b.classLoader != null ? b.classLoader
                    : Thread.currentThread().getContextClassLoader());
        }
        b.modules.forEach(natives::install);
        this.out = b.out;
        this.err = b.err;
        this.modulePaths = List.copyOf(b.modulePaths);
        this.scriptArgs = List.copyOf(b.scriptArgs);
        this.granted = b.granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(b.granted);
        this.maxCallDepth = b.maxCallDepth;
        AtomicInteger counter = new AtomicInteger();
        this.scriptThreads = Executors.newCachedThreadPool(task -> {
            Thread t = new ScriptThread(task, "ruff-script-" + counter.incrementAndGet(), SCRIPT_THREAD_STACK);
            t.setDaemon(true);
            return t;
        });
        this.async = new AsyncRuntime(b.executor);
        this.in = b.in;
        this.grantAdvice = b.grantAdvice;
        this.hostAccess = new HostAccess(b.exports.build());
        natives.freeze();
        LOG.debug("Ruff engine built: backend {}, {} natives, capabilities {}", backendType, natives.globals().size(),
                granted);
    }

    /** A builder with the defaults described on this class. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses and resolves {@code source}. The result can run any number of times.
     *
     * @param name the file name used in diagnostics and for resolving relative imports
     * @throws RuffSyntaxError with every lexer and parser diagnostic when the source is malformed
     */
    public RuffScript compile(String source, String name) {
        CacheKey key = new CacheKey(source, name);
        RuffScript script = compiled.getIfPresent(key);
        if (script == null) {
            script = new RuffScript(this, compileInteractiveUnit(source, name));
            compiled.put(key, script);
        }
        return script;
    }

    /** The cache key of a compiled script: its text and its name (which diagnostics and imports use). */
    private record CacheKey(String source, String name) {
    }

    /**
     * A top-level expression statement that ends the program becomes its result, as in a REPL or a JSR-223
     * {@code eval}: {@code 1 + 1} evaluates to 2.
     */
    private static Program withLastExpressionReturned(Program program) {
        List<Stmt> statements = program.statements();
        if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof Stmt.ExprStmt last)) {
            return program;
        }
        List<Stmt> changed = new ArrayList<>(statements);
        changed.set(changed.size() - 1, new Stmt.Return(last.pos(), last.expr()));
        return new Program(program.file(), changed);
    }

    /** Reads (UTF-8) and compiles a script file; imports resolve relative to its folder. */
    public RuffScript compile(Path file) throws IOException {
        return compile(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** A fresh, empty set of globals to run scripts against. */
    public RuffContext newContext() {
        return new RuffContext(this, newGlobals());
    }

    /**
     * A fresh set of globals whose names that no script or host defined are looked up in
     * {@code hostGlobals} (converted like {@link RuffContext#set}) before the natives: a read-through scope
     * shared by many contexts, such as JSR-223's {@code GLOBAL_SCOPE}. {@code hostGlobals} returns Java
     * {@code null} for names it does not have; it is consulted again at every run, and within a run at the
     * first read of a name.
     */
    public RuffContext newContext(Function<String, Object> hostGlobals) {
        Objects.requireNonNull(hostGlobals);
        RuffContext[] self = new RuffContext[1];
        Globals globals = new Globals(name -> {
            Object host = hostGlobals.apply(name);
            return host != null ? self[0].conversions().toRuff(host) : natives.lookup(name);
        });
        self[0] = new RuffContext(this, globals, true);
        return self[0];
    }

    /**
     * Compiles and runs {@code source} in a fresh context; returns the value of its top-level {@code return}
     * or of its last statement when that is an expression (converted for Java), else null. Compiling the
     * same text again reuses the compiled script.
     */
    public Object eval(String source) {
        return compile(source, "<eval>").run(newContext());
    }

    /** The backend this engine runs scripts with. */
    public BackendType backendType() {
        return backendType;
    }

    /** Every native global this engine offers (read-only use: listing, docs). */
    public NativeRegistry natives() {
        return natives;
    }

    /**
     * Stops the engine's script threads (runs in progress are interrupted), its timer and, unless the
     * host gave its own executor, the default async pool. A host executor is left running.
     */
    @Override
    public void close() {
        scriptThreads.shutdownNow();
        async.close();
        hostAsync.values().forEach(AsyncRuntime::close);
        LOG.debug("Ruff engine closed");
        out.flush(); // tasks and spawn blocks may have printed after the last run returned
        err.flush();
    }

    // ---------------------------------------------------------------- internal

    /** The async runtime for runs whose context set {@code executor} ({@code null}: the engine's own). */
    AsyncRuntime asyncFor(Executor executor) {
        return executor == null ? async : hostAsync.computeIfAbsent(executor, AsyncRuntime::new);
    }

    HostAccess hostAccess() {
        return hostAccess;
    }

    CompiledUnit compileUnit(String source, String name) {
        Program program = RuffParser.parse(source, name);
        return new CompiledUnit(program, Resolver.resolve(program));
    }

    /**
     * Compiles a script whose final expression statement is its result (a REPL entry, a JSR-223
     * {@code eval}, {@link #compile(String, String)}): running the unit yields that expression's value.
     */
    CompiledUnit compileInteractiveUnit(String source, String name) {
        Program program = withLastExpressionReturned(RuffParser.parse(source, name));
        return new CompiledUnit(program, Resolver.resolve(program));
    }

    Globals newGlobals() {
        return new Globals(natives::lookup);
    }

    Backend backend() {
        return backend;
    }

    /** Runs {@code work} on a large-stack script thread with a fresh execution context for {@code context}. */
    <T> T execute(RuffContext context, String entryFile, Work<T> work) {
        if (context.readsThrough()) {
            context.globalTable().invalidateCaches();
        }
        Callable<T> task = () -> {
            PrintWriter runOut = context.out() != null ? context.out() : out;
            PrintWriter runErr = context.err() != null ? context.err() : err;
            ExecutionContext ctx = new ExecutionContext(runOut, runErr,
                    context.scriptArgs() != null ? context.scriptArgs() : scriptArgs, granted, natives,
                    context.state(), maxCallDepth, context.asyncRuntime());
            ctx.setIn(context.in() != null ? context.in() : in);
            ctx.setGrantAdvice(grantAdvice);
            List<Path> roots = new ArrayList<>(modulePaths);
            ctx.setModuleLoader(new ScriptModules(this, ctx, roots));
            try {
                return work.run(ctx);
            } catch (RuffRuntimeError e) {
                ErrorOrigins.stamp(e, backend.errorCode(), backend.subsystem(), entryFile);
                throw e;
            } finally {
                runOut.flush();
                runErr.flush();
            }
        };
        Future<T> future = scriptThreads.submit(task);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a Ruff script was running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Something to do with a fresh execution context on a script thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(ExecutionContext context);
    }

    /** Configures a {@link RuffEngine}. */
    public static final class Builder {
        private BackendType backend = BackendType.VM;
        private PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        private PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        private final List<Path> modulePaths = new ArrayList<>();
        private final List<String> scriptArgs = new ArrayList<>();
        private final Set<Capability> granted = EnumSet.of(Capability.CLOCK, Capability.RANDOM);
        private final List<RuffModule> modules = new ArrayList<>();
        private boolean serviceModules = true;
        private ClassLoader classLoader;
        private int maxCallDepth = DEFAULT_MAX_CALL_DEPTH;
        private int compileThreshold = Integer.getInteger("ruff.jit.threshold", DEFAULT_COMPILE_THRESHOLD);
        private Executor executor;
        private BufferedReader in;
        private Function<Capability, String> grantAdvice = capability ->
                "grant it with RuffEngine.builder().grant(Capability." + capability.name() + ")";
        private final ImmutableSetMultimap.Builder<Class<?>, String> exports = ImmutableSetMultimap.builder();

        private Builder() {
        }

        /**
         * Where {@code input()} reads lines (default: nowhere; {@code input()} then raises a Ruff error).
         * An embedded engine never reads the process's standard input unless the host passes it here.
         */
        public Builder input(Reader reader) {
            this.in = reader instanceof BufferedReader b ? b : new BufferedReader(Objects.requireNonNull(reader));
            return this;
        }

        /** {@link #input(Reader)} of a byte stream read as UTF-8 (e.g. {@code System.in} for a console host). */
        public Builder input(InputStream stream) {
            return input(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }

        /**
         * How a capability-denied message ends: how the user grants the capability. The default names
         * this builder's call ({@code grant it with RuffEngine.builder().grant(Capability.FS_READ)}); a host
         * with its own configuration names its setting, the {@code ruff} command its flag.
         */
        public Builder grantAdvice(Function<Capability, String> advice) {
            this.grantAdvice = Objects.requireNonNull(advice);
            return this;
        }

        /**
         * Lets scripts call the public instance methods {@code methods} of host objects of {@code type}
         * (and its subtypes) put into their globals, in addition to methods annotated
         * {@link dev.ruff.host.RuffExport}. Methods of {@code Object} and methods that take or return
         * classes, class loaders or reflection types are never callable, whatever is listed.
         */
        public Builder exportMethods(Class<?> type, String... methods) {
            exports.putAll(Objects.requireNonNull(type), methods);
            return this;
        }

        /**
         * The executor async functions, {@code spawn} blocks and async I/O run on (default: a pool the
         * engine creates and shuts down in {@link RuffEngine#close()}). The engine never shuts a host
         * executor down; a bounded one is fine, awaiting never deadlocks it.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor);
            return this;
        }

        /** The execution backend. */
        public Builder backend(BackendType type) {
            this.backend = Objects.requireNonNull(type);
            return this;
        }

        /** Where {@code print} writes (default: standard output, UTF-8). */
        public Builder out(Writer writer) {
            this.out = writer instanceof PrintWriter pw ? pw : new PrintWriter(writer, false);
            return this;
        }

        /** Where error output goes (default: standard error, UTF-8). */
        public Builder err(Writer writer) {
            this.err = writer instanceof PrintWriter pw ? pw : new PrintWriter(writer, true);
            return this;
        }

        /** Adds a folder searched for imported modules (after the importing file's own folder). */
        public Builder modulePath(Path folder) {
            modulePaths.add(folder.toAbsolutePath().normalize());
            return this;
        }

        /** Arguments scripts read with {@code args()}. */
        public Builder scriptArgs(List<String> args) {
            scriptArgs.clear();
            scriptArgs.addAll(args);
            return this;
        }

        /** Grants capabilities in addition to the defaults ({@code clock}, {@code random}). */
        public Builder grant(Capability... capabilities) {
            granted.addAll(List.of(capabilities));
            return this;
        }

        /** Grants every capability (trusted scripts, as the CLI does by default). */
        public Builder grantAll() {
            granted.addAll(EnumSet.allOf(Capability.class));
            return this;
        }

        /** Removes every capability, including the defaults. */
        public Builder denyAll() {
            granted.clear();
            return this;
        }

        /** Adds natives from a host module (after the service-loaded ones, so it may override them). */
        public Builder module(RuffModule module) {
            modules.add(Objects.requireNonNull(module));
            return this;
        }

        /** Whether to load {@link RuffModule}s with {@link java.util.ServiceLoader} (default true). */
        public Builder serviceModules(boolean enabled) {
            this.serviceModules = enabled;
            return this;
        }

        /** The class loader used to find service modules (default: the thread's context loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * How many calls of a function the VM backend makes before compiling it to JVM bytecode: 0 compiles
         * at the first call, a negative value never compiles. The default is {@value #DEFAULT_COMPILE_THRESHOLD},
         * or the system property {@code ruff.jit.threshold} when set.
         */
        public Builder compileThreshold(int calls) {
            this.compileThreshold = calls;
            return this;
        }

        /** How deep Ruff calls may nest before the (uncatchable) call-depth error. */
        public Builder maxCallDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxCallDepth must be positive");
            }
            this.maxCallDepth = depth;
            return this;
        }

        /** Builds the engine; its set of natives is fixed from then on. */
        public RuffEngine build() {
            return new RuffEngine(this);
        }
    }
}
