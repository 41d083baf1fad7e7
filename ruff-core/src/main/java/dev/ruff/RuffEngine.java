package dev.ruff;

import dev.ruff.ast.Program;
import dev.ruff.async.AsyncRuntime;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
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
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

    private RuffEngine(Builder b) {
        this.backendType = b.backend;
        this.backend = b.backend == BackendType.VM ? new VmBackend(b.compileThreshold) : new Interpreter();
        this.natives = new NativeRegistry();
        natives.install(new PreludeModule());
        if (b.serviceModules) {
            natives.installServiceModulesOnFirstUse(b.classLoader != null ? b.classLoader
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
        return new RuffScript(this, compileUnit(source, name));
    }

    /** Reads (UTF-8) and compiles a script file; imports resolve relative to its folder. */
    public RuffScript compile(Path file) throws IOException {
        return compile(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** A fresh, empty set of globals to run scripts against. */
    public RuffContext newContext() {
        return new RuffContext(this, newGlobals());
    }

    /** Compiles and runs {@code source} in a fresh context; returns its top-level {@code return} value. */
    public Object eval(String source) {
        return compile(source, "<eval>").run(newContext());
    }

    /** The backend this engine runs scripts with. */
    public BackendType backendType() {
        return backendType;
    }

    /**
     * The code under which this engine's backend reports uncaught runtime errors, as upstream prints it
     * ({@code RUFRUN001} for the interpreter, {@code RUFVM001} for the VM).
     */
    public String runtimeErrorCode() {
        return backend.errorCode();
    }

    /** The subsystem tag printed beside {@link #runtimeErrorCode()}: {@code runtime} or {@code vm}. */
    public String runtimeErrorSubsystem() {
        return backend.subsystem();
    }

    /** Every native global this engine offers (read-only use: listing, docs). */
    public NativeRegistry natives() {
        return natives;
    }

    /**
     * The engine's async runtime: the executor async tasks run on, the timer behind {@code async_sleep}
     * and timeouts, and {@code await}.
     */
    public AsyncRuntime async() {
        return async;
    }

    /**
     * Stops the engine's script threads (runs in progress are interrupted), its timer and, unless the
     * host gave its own executor, the default async pool. A host executor is left running.
     */
    @Override
    public void close() {
        scriptThreads.shutdownNow();
        async.close();
        out.flush(); // tasks and spawn blocks may have printed after the last run returned
        err.flush();
    }

    // ---------------------------------------------------------------- internal

    CompiledUnit compileUnit(String source, String name) {
        Program program = RuffParser.parse(source, name);
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
        Callable<T> task = () -> {
            ExecutionContext ctx = new ExecutionContext(out, err, scriptArgs, granted, natives, context.state(),
                    maxCallDepth, async);
            List<Path> roots = new ArrayList<>(modulePaths);
            ctx.setModuleLoader(new ScriptModules(this, ctx, roots));
            try {
                return work.run(ctx);
            } finally {
                out.flush();
                err.flush();
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

        private Builder() {
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

        public RuffEngine build() {
            return new RuffEngine(this);
        }
    }
}
