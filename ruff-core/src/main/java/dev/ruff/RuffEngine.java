package dev.ruff;

import com.google.common.collect.ImmutableSetMultimap;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.async.AsyncRuntime;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.diag.SourcePos;
import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.EngineInternals;
import dev.ruff.exec.ErrorOrigins;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.exec.LimitedWriter;
import dev.ruff.exec.ScriptThread;
import dev.ruff.exec.ScriptThreads;
import dev.ruff.interp.Interpreter;
import dev.ruff.vm.VmBackend;
import dev.ruff.vm.jit.JitCompiler;
import dev.ruff.parse.RuffParser;
import dev.ruff.prelude.PreludeModule;
import dev.ruff.resolve.Resolver;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RunGuard;
import dev.ruff.runtime.RunLimits;
import dev.ruff.spi.Capability;
import dev.ruff.spi.FolderGrants;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /**
     * Source files larger than this are refused before they are read whole (see {@link Builder#maxSourceBytes}):
     * the parser's own limit, so a larger file is never read only to be rejected.
     */
    public static final long DEFAULT_MAX_SOURCE_BYTES = RuffParser.MAX_SOURCE_BYTES;
    /**
     * Java stack a script thread reserves per allowed Ruff call level: the tree-walking interpreter nests
     * several Java frames per Ruff call (measured: under 6 KB per level for ordinary code), compiled code one.
     */
    private static final long STACK_BYTES_PER_CALL = 16L * 1024;
    /** The smallest script-thread stack, for the front end and natives above shallow call chains. */
    private static final long MIN_SCRIPT_THREAD_STACK = 64L * 1024 * 1024;
    /** How long {@link #close()} waits for running scripts to stop. */
    private static final long CLOSE_WAIT_MILLIS = 2_000;
    /** After a deadline passes, how long a run may take to stop on its own before its thread is interrupted. */
    private static final long DEADLINE_GRACE_MILLIS = 50;
    /** How many compiled scripts an engine keeps so that compiling the same text again does not re-parse. */
    private static final int COMPILED_CACHE_SIZE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(RuffEngine.class);

    // Anonymous classes rather than lambdas on the way to a host's first eval (here and below): each lambda
    // spins a class at first use, a cost a host pays once per JVM before its first result.
    static {
        EngineInternals.install(new Function<Object, AsyncRuntime>() {
            @Override
            public AsyncRuntime apply(Object engine) {
                return ((RuffEngine) engine).async;
            }
        }, new Function<Object, Object>() {
            @Override
            public Object apply(Object script) {
                return ((RuffScript) script).runRaw();
            }
        });
    }

    private final BackendType backendType;
    private final Backend backend;
    private final NativeRegistry natives;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Path> modulePaths;
    private final List<String> scriptArgs;
    private final Set<Capability> granted;
    private final FolderGrants folderGrants;
    private final int maxCallDepth;
    private final RunLimits limits;
    private final long maxSourceBytes;
    private final ScriptThreads scriptThreads;
    private final AsyncRuntime async;
    private final BufferedReader in;
    private final Function<Capability, String> grantAdvice;
    private final Path workingDirectory;
    private final HostAccess hostAccess;
    /**
     * Compiled scripts by text and name, least recently used dropped first; guarded by itself. The JDK's
     * access-ordered map rather than Guava's cache: Guava's loads about 70 classes and sets up
     * java.util.logging at the first engine, a large share of a host's first {@code eval}.
     */
    private final Map<CacheKey, RuffScript> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, RuffScript> eldest) {
            return size() > COMPILED_CACHE_SIZE;
        }
    };
    /** Guards of the runs in progress: {@link #close()} stops them directly instead of waiting for a poll. */
    private final Set<RunGuard> activeRuns = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Async runtimes for executors that contexts set ({@link RuffContext#setExecutor}); closed with the engine. */
    private final Map<Executor, AsyncRuntime> hostAsync = Collections.synchronizedMap(new WeakHashMap<>());

    private RuffEngine(Builder b) {
        this.backendType = b.backend;
        // The compile tier is wired in here: dev.ruff.vm.jit depends on the VM, never the other way.
        this.backend = b.backend == BackendType.VM ? new VmBackend(b.compileThreshold, JitCompiler.INSTANCE)
                : new Interpreter();
        this.natives = new NativeRegistry();
        natives.install(new PreludeModule());
        if (b.serviceModules) {
            natives.installServiceModulesOnFirstUse(b.classLoader != null ? b.classLoader
                    : Thread.currentThread().getContextClassLoader());
        }
        for (RuffModule module : b.modules) {
            natives.install(module);
        }
        this.out = b.out;
        this.err = b.err;
        this.modulePaths = List.copyOf(b.modulePaths);
        this.scriptArgs = List.copyOf(b.scriptArgs);
        this.granted = b.granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(b.granted);
        this.folderGrants = FolderGrants.of(b.folderGrants);
        this.maxCallDepth = b.maxCallDepth;
        this.limits = new RunLimits(b.timeoutMillis, b.maxSteps, b.maxStringLength, b.maxCollectionSize,
                b.maxOutputChars);
        this.maxSourceBytes = b.maxSourceBytes;
        this.async = new AsyncRuntime(b.executor);
        // The stack is sized to the call-depth limit (Java reserves it per thread); the threads are shared by
        // every engine with that stack size, and idle ones end soon.
        long stack = Math.max(MIN_SCRIPT_THREAD_STACK, Math.min(1L << 30, maxCallDepth * STACK_BYTES_PER_CALL));
        this.scriptThreads = new ScriptThreads(async.threadPrefix() + "script-", stack);
        this.in = b.in;
        this.grantAdvice = b.grantAdvice;
        this.workingDirectory = b.workingDirectory != null ? b.workingDirectory
                : Path.of("").toAbsolutePath().normalize();
        this.hostAccess = new HostAccess(b.exports != null ? b.exports.build() : null);
        natives.freeze();
        // no count of natives here: listing them would set up every module installed on first use
        LOG.debug("Ruff engine built: backend {}, capabilities {}", backendType, granted);
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
        RuffScript script;
        synchronized (compiled) {
            script = compiled.get(key);
        }
        if (script == null) {
            script = new RuffScript(this, compileUnit(source, name, true), null);
            synchronized (compiled) {
                compiled.put(key, script);
            }
        }
        return script;
    }

    /** The cache key of a compiled script: its text and its name (which diagnostics and imports use). */
    private record CacheKey(String source, String name) {
        // Written out: a record's generated equals/hashCode bootstrap method handles at first use,
        // tens of milliseconds of a first eval.
        @Override
        public boolean equals(Object other) {
            return other instanceof CacheKey key && source.equals(key.source) && name.equals(key.name);
        }

        @Override
        public int hashCode() {
            return 31 * source.hashCode() + name.hashCode();
        }
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

    /**
     * Reads (UTF-8) and compiles a script file. Its imports resolve in its own folder, then in the
     * {@link Builder#modulePath} folders; a script compiled from a string imports only from the latter.
     *
     * @throws RuffLimitExceeded (limit {@code SOURCE_SIZE}) when the file is larger than
     *                           {@link Builder#maxSourceBytes}; it is not read beyond that size
     */
    public RuffScript compile(Path file) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new RuffScript(this, compileUnit(readSource(file, maxSourceBytes), file.toString(), true), folder);
    }

    /**
     * Reads a UTF-8 source file, refusing it once more than {@code maxBytes} were read: a device such as
     * {@code /dev/zero} or a huge file is never read whole.
     *
     * @throws RuffLimitExceeded (limit {@code SOURCE_SIZE}) when the file is larger
     * @throws java.nio.charset.CharacterCodingException when the file is not valid UTF-8
     */
    public static String readSource(Path file, long maxBytes) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new RuffLimitExceeded(RuffLimitExceeded.Limit.SOURCE_SIZE, "Script " + file
                        + " is larger than the source limit of " + maxBytes + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        }
    }

    /** The limits every run of this engine has (deadline, step budget, sizes, output). */
    public RunLimits limits() {
        return limits;
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
        Globals globals = new Globals(new Function<String, Object>() {
            @Override
            public Object apply(String name) {
                Object host = hostGlobals.apply(name);
                return host != null ? self[0].conversions().toRuff(host) : natives.lookup(name);
            }
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
        for (RunGuard run : activeRuns) {
            run.stop(RuffLimitExceeded.Limit.INTERRUPTED, "Script stopped: the engine was closed");
        }
        scriptThreads.shutdownNow();
        // before the runtimes close: closing rejects queued tasks, which is not the script's doing
        logUnhandledRejections(async);
        synchronized (hostAsync) {
            for (AsyncRuntime runtime : hostAsync.values()) {
                logUnhandledRejections(runtime);
            }
        }
        async.close();
        synchronized (hostAsync) {
            for (AsyncRuntime runtime : hostAsync.values()) {
                runtime.close();
            }
        }
        // Runs stop at their next tick (they see the interrupt or the closed runtime); wait for them.
        try {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
            scriptThreads.awaitTermination(CLOSE_WAIT_MILLIS);
            async.awaitTermination(CLOSE_WAIT_MILLIS);
            // A terminated pool's last workers may still be exiting: wait until they are gone.
            for (Thread t : liveThreads()) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                // (script threads are shared: awaitTermination above waited for this engine's tasks on them)
                if (left > 0 && t != Thread.currentThread() && t.getName().startsWith(async.threadPrefix())
                        && !t.getName().startsWith(async.threadPrefix() + "script-")) {
                    t.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush(); // tasks and spawn blocks may have printed after the last run returned
        err.flush();
        LOG.debug("Ruff engine closed");
    }

    // ---------------------------------------------------------------- internal

    /** The async runtime for runs whose context set {@code executor} ({@code null}: the engine's own). */
    AsyncRuntime asyncFor(Executor executor) {
        return executor == null ? async : hostAsync.computeIfAbsent(executor, AsyncRuntime::new);
    }

    HostAccess hostAccess() {
        return hostAccess;
    }

    /** Every live thread (enumerated without stopping the JVM, unlike {@code Thread.getAllStackTraces}). */
    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        return java.util.Arrays.copyOf(threads, n);
    }

    /**
     * Parses, resolves and (on the VM) compiles to bytecode; with {@code lastExpressionIsResult} a final
     * expression statement is the unit's result (a REPL entry, a JSR-223 {@code eval},
     * {@link #compile(String, String)}). The front end recurses along the syntax tree,
     * so it runs on a script thread, whose stack is known and large; a program too deep even for that is a
     * diagnostic, never a {@link StackOverflowError}.
     */
    CompiledUnit compileUnit(String source, String name, boolean lastExpressionIsResult) {
        if (Thread.currentThread() instanceof ScriptThread) {
            return frontEnd(source, name, lastExpressionIsResult);
        }
        Future<CompiledUnit> future;
        try {
            future = scriptThreads.submit(new Callable<CompiledUnit>() {
                @Override
                public CompiledUnit call() {
                    return frontEnd(source, name, lastExpressionIsResult);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return frontEnd(source, name, lastExpressionIsResult); // after close(): compile on the caller's stack, still never crashing
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuffLimitExceeded(RuffLimitExceeded.Limit.INTERRUPTED, "Interrupted while compiling " + name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private CompiledUnit frontEnd(String source, String name, boolean lastExpressionIsResult) {
        try {
            Program program = RuffParser.parse(source, name);
            if (lastExpressionIsResult) {
                program = withLastExpressionReturned(program);
            }
            CompiledUnit unit = new CompiledUnit(program, Resolver.resolve(program));
            backend.prepare(unit);
            return unit;
        } catch (StackOverflowError e) {
            throw new RuffSyntaxError(List.of(new Diagnostic("RUFPARSE001", "parser",
                    "Program is nested too deeply to compile (an expression, a chain of operators or of "
                            + "else-if branches is too long)", new SourcePos(name, 1, 1),
                    "Split the expression or the chain into smaller parts.")));
        }
    }

    long maxSourceBytes() {
        return maxSourceBytes;
    }

    Globals newGlobals() {
        return new Globals(new Function<String, Object>() {
            @Override
            public Object apply(String name) {
                return natives.lookup(name);
            }
        });
    }

    Backend backend() {
        return backend;
    }

    /**
     * Runs {@code work} on a large-stack script thread with a fresh execution context for {@code context},
     * under this engine's limits. An interrupt of the calling thread (or {@code Future.cancel(true)} of a
     * host future running this) stops the script and raises {@link RuffLimitExceeded}.
     *
     * @param entryFile    the script's name, for errors that carry no position
     * @param scriptFolder the folder of a script compiled from a file (a module root for its imports), or null
     */
    <T> T execute(RuffContext context, String entryFile, Path scriptFolder, Work<T> work) {
        if (context.readsThrough()) {
            context.globalTable().invalidateCaches();
        }
        AsyncRuntime runAsync = context.asyncRuntime();
        RunGuard guard = RunGuard.start(limits, new java.util.function.BooleanSupplier() {
            @Override
            public boolean getAsBoolean() {
                return runAsync.isClosed();
            }
        }, Thread.currentThread());
        Callable<T> task = new Callable<T>() {
            @Override
            public T call() {
                PrintWriter runOut = limitedOutput(context.out() != null ? context.out() : out, guard);
                PrintWriter runErr = limitedOutput(context.err() != null ? context.err() : err, guard);
                ExecutionContext ctx = new ExecutionContext(runOut, runErr,
                        context.scriptArgs() != null ? context.scriptArgs() : scriptArgs, granted, natives,
                        context.state(), maxCallDepth, runAsync);
                ctx.setIn(context.in() != null ? context.in() : in);
                ctx.setGrantAdvice(grantAdvice);
                ctx.setWorkingDirectory(workingDirectory);
                ctx.setFolderGrants(folderGrants);
                ctx.setGuard(guard);
                List<Path> roots = new ArrayList<>(modulePaths);
                if (scriptFolder != null && !roots.contains(scriptFolder)) {
                    roots.add(0, scriptFolder); // a script the host compiled from a file imports from its folder
                }
                ctx.setModuleLoader(new ScriptModules(RuffEngine.this, ctx, roots));
                RunGuard previous = RunGuard.install(guard);
                try {
                    T result = ctx.runToExit(new java.util.function.Supplier<T>() {
                        @Override
                        public T get() {
                            return work.run(ctx);
                        }
                    });
                    if (result instanceof dev.ruff.async.RuffPromise promise) {
                        promise.markObserved(); // handed to the host, which handles its outcome
                    }
                    return result;
                } catch (RuffRuntimeError e) {
                    ErrorOrigins.stamp(e, backend.errorCode(), backend.subsystem(), entryFile);
                    throw e;
                } catch (OutOfMemoryError e) {
                    throw new RuffLimitExceeded(RuffLimitExceeded.Limit.MEMORY,
                            "Out of memory: the script needs more than the Java heap allows");
                } finally {
                    RunGuard.install(previous);
                    runOut.flush();
                    runErr.flush();
                    logUnhandledRejections(runAsync);
                }
            }
        };
        activeRuns.add(guard);
        Future<T> future = scriptThreads.submit(task);
        try {
            if (limits.timeoutMillis() > 0) {
                try {
                    return future.get(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException late) {
                    // Every thread of the run sees the stop at its next tick, a waiting one is woken; a native
                    // blocked in Java gets a grace period, then an interrupt.
                    String message = RunGuard.timeoutMessage(limits.timeoutMillis());
                    guard.stop(RuffLimitExceeded.Limit.TIMEOUT, message);
                    try {
                        return future.get(DEADLINE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException stuck) {
                        future.cancel(true);
                        throw new RuffLimitExceeded(RuffLimitExceeded.Limit.TIMEOUT, message);
                    }
                }
            }
            return future.get();
        } catch (InterruptedException e) {
            guard.stop(RuffLimitExceeded.Limit.INTERRUPTED, "Script interrupted by the host");
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuffLimitExceeded(RuffLimitExceeded.Limit.INTERRUPTED, "Script interrupted by the host");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            guard.detachHost();
            activeRuns.remove(guard);
        }
    }

    /** {@code writer} itself, or a view of it that counts output against the run's limit when there is one. */
    private PrintWriter limitedOutput(PrintWriter writer, RunGuard guard) {
        return limits.maxOutputChars() > 0 ? new PrintWriter(new LimitedWriter(writer, guard)) : writer;
    }

    /** One WARN per promise that rejected with nobody observing it (never awaited, chained or returned). */
    private static void logUnhandledRejections(AsyncRuntime runtime) {
        for (String message : runtime.takeUnhandledRejections()) {
            LOG.warn("Unhandled promise rejection: {}", message);
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
        private final Map<Capability, List<Path>> folderGrants = new java.util.EnumMap<>(Capability.class);
        private final List<RuffModule> modules = new ArrayList<>();
        private boolean serviceModules = true;
        private ClassLoader classLoader;
        private int maxCallDepth = DEFAULT_MAX_CALL_DEPTH;
        private int compileThreshold = Integer.getInteger("ruff.jit.threshold", DEFAULT_COMPILE_THRESHOLD);
        private Executor executor;
        private BufferedReader in;
        private Function<Capability, String> grantAdvice = new Function<Capability, String>() {
            @Override
            public String apply(Capability capability) {
                return "grant it with RuffEngine.builder().grant(Capability." + capability.name() + ")";
            }
        };
        private Path workingDirectory;
        /** Null until the host exports a method: Guava's collections then stay unloaded. */
        private ImmutableSetMultimap.Builder<Class<?>, String> exports;
        private long timeoutMillis;
        private long maxSteps;
        private int maxStringLength = RunLimits.DEFAULT_MAX_STRING_LENGTH;
        private int maxCollectionSize = RunLimits.DEFAULT_MAX_COLLECTION_SIZE;
        private long maxOutputChars;
        private long maxSourceBytes = DEFAULT_MAX_SOURCE_BYTES;

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
            Objects.requireNonNull(type);
            if (exports == null) {
                exports = ImmutableSetMultimap.builder();
            }
            exports.putAll(type, methods);
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

        /**
         * The folder scripts start in (default: the JVM's current directory, {@code user.dir}, when the engine is
         * built). Relative paths a script gives file natives ({@code read_file("data.txt")}, {@code write_file},
         * {@code list_dir}, {@code zip_create}, SQLite files, {@code load_image} …) resolve against it, processes
         * the script starts run in it, {@code os_getcwd()} returns it, and a script compiled under a relative
         * name imports from that name's folder inside it. Each {@link RuffContext} starts here; {@code os_chdir}
         * moves only that context. It grants nothing: reading a file still needs {@code FS_READ}.
         */
        public Builder workingDirectory(Path folder) {
            this.workingDirectory = folder.toAbsolutePath().normalize();
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

        /**
         * Grants a file capability ({@link Capability#FS_READ}, {@link Capability#FS_WRITE} or
         * {@link Capability#FS_DELETE}) only inside {@code folders} and their subfolders. Every file native (reads,
         * writes, directory listings, copies, renames, deletes, archives, SQLite files, images, site generation)
         * resolves its paths as the operating system would, following symbolic links and {@code ..}, and refuses
         * one outside these folders with a Ruff error naming the path and the folders. Calls add folders; once a
         * capability has folders it stays confined to them even when also granted whole ({@link #grantAll()}).
         * Imports are governed by {@link #modulePath} instead.
         *
         * @throws IllegalArgumentException for a capability that is not a file capability
         */
        public Builder grant(Capability capability, Path folder, Path... moreFolders) {
            List<Path> folders = new ArrayList<>();
            folders.add(Objects.requireNonNull(folder));
            folders.addAll(List.of(moreFolders));
            FolderGrants.of(Map.of(capability, folders)); // rejects a capability that is not a file one
            granted.add(capability);
            folderGrants.computeIfAbsent(capability, c -> new ArrayList<>()).addAll(folders);
            return this;
        }

        /** Grants every capability (trusted scripts, as the CLI does by default). */
        public Builder grantAll() {
            granted.addAll(EnumSet.allOf(Capability.class));
            return this;
        }

        /** Removes every capability, including the defaults (and folders given to {@link #grant(Capability, Path, Path...)}). */
        public Builder denyAll() {
            granted.clear();
            folderGrants.clear();
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

        /**
         * Wall-clock time each run may take (default: none). A run past it stops with
         * {@link RuffLimitExceeded} (limit {@code TIMEOUT}); its async tasks and spawn blocks stop too.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative");
            }
            this.timeoutMillis = timeout.toMillis();
            return this;
        }

        /**
         * Steps (loop iterations plus calls, over all tasks of a run) each run may make (default: 0, no
         * budget). Counted in blocks of {@value RunGuard#CHECK_INTERVAL}.
         */
        public Builder maxSteps(long steps) {
            if (steps < 0) {
                throw new IllegalArgumentException("maxSteps must not be negative");
            }
            this.maxSteps = steps;
            return this;
        }

        /** Characters a string built by a script may have (default {@value RunLimits#DEFAULT_MAX_STRING_LENGTH}). */
        public Builder maxStringLength(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxStringLength must be positive");
            }
            this.maxStringLength = chars;
            return this;
        }

        /**
         * Elements an array, dict or range built by a script may have (default
         * {@value RunLimits#DEFAULT_MAX_COLLECTION_SIZE}).
         */
        public Builder maxCollectionSize(int elements) {
            if (elements < 1) {
                throw new IllegalArgumentException("maxCollectionSize must be positive");
            }
            this.maxCollectionSize = elements;
            return this;
        }

        /** Characters a run may print to its output and error writers together (default: 0, no limit). */
        public Builder maxOutputChars(long chars) {
            if (chars < 0) {
                throw new IllegalArgumentException("maxOutputChars must not be negative");
            }
            this.maxOutputChars = chars;
            return this;
        }

        /**
         * Bytes a source file read by {@link RuffEngine#compile(Path)} or an import may have (default
         * {@value RuffEngine#DEFAULT_MAX_SOURCE_BYTES}).
         */
        public Builder maxSourceBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxSourceBytes must be positive");
            }
            this.maxSourceBytes = bytes;
            return this;
        }

        /** Builds the engine; its set of natives is fixed from then on. */
        public RuffEngine build() {
            return new RuffEngine(this);
        }
    }
}
