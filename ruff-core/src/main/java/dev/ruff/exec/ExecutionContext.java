package dev.ruff.exec;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RunGuard;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeRegistry;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything one run of a script needs besides its code: output, arguments, granted capabilities,
 * natives, module loading, limits. The running backend installs its {@link Invoker}.
 */
public final class ExecutionContext implements NativeContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> scriptArgs;
    private final Set<Capability> granted;
    private final NativeRegistry natives;
    private final ConcurrentHashMap<Class<?>, Object> state;
    private final int maxCallDepth;
    private final AsyncRuntime async;
    private ModuleLoader moduleLoader;
    private Invoker invoker;
    private BufferedReader in;
    private Function<Capability, String> grantAdvice;
    private Path workingDirectory;
    private dev.ruff.spi.FolderGrants folderGrants = dev.ruff.spi.FolderGrants.UNCONFINED;
    private RunGuard guard = RunGuard.unlimited();

    public ExecutionContext(PrintWriter out, PrintWriter err, List<String> scriptArgs, Set<Capability> granted,
                            NativeRegistry natives, ConcurrentHashMap<Class<?>, Object> state, int maxCallDepth) {
        this(out, err, scriptArgs, granted, natives, state, maxCallDepth, null);
    }

    /** @param async the engine's async runtime, or {@code null} when async natives are unavailable */
    public ExecutionContext(PrintWriter out, PrintWriter err, List<String> scriptArgs, Set<Capability> granted,
                            NativeRegistry natives, ConcurrentHashMap<Class<?>, Object> state, int maxCallDepth,
                            AsyncRuntime async) {
        this.out = out;
        this.err = err;
        this.scriptArgs = List.copyOf(scriptArgs);
        this.granted = granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(granted);
        this.natives = natives;
        this.state = state;
        this.maxCallDepth = maxCallDepth;
        this.async = async;
    }

    /**
     * A context for running code of this run on another thread (an async body, a spawn block, a
     * generator): same output, capabilities, natives, state and module loader, but its own invoker,
     * which the backend running there installs.
     */
    public ExecutionContext fork() {
        ExecutionContext child = new ExecutionContext(out, err, scriptArgs, granted, natives, state, maxCallDepth, async);
        child.moduleLoader = moduleLoader;
        child.in = in;
        child.grantAdvice = grantAdvice;
        child.workingDirectory = workingDirectory;
        child.folderGrants = folderGrants;
        child.guard = guard.fork();
        return child;
    }

    /**
     * Runs the whole of one run or host call, honouring {@code exit(n)} of tasks (ASYNC.md; issue: exit
     * anywhere ends the program with n): an exit a task requested after the previous run ended is raised
     * before this one starts; one requested while this runs stops it (at its next check, see
     * {@link dev.ruff.runtime.RunGuard#exit}) or, when the task raced the end, as it ends. Each request is
     * raised to the host once.
     */
    public <T> T runToExit(Supplier<T> work) {
        raisePendingExit();
        T result;
        try {
            result = work.get();
        } catch (dev.ruff.diag.RuffExit exit) {
            if (async != null) {
                async.takeExitRequest(); // the same request (or one that lost the race to it): raised now
            }
            throw exit;
        }
        raisePendingExit();
        return result;
    }

    private void raisePendingExit() {
        dev.ruff.diag.RuffExit exit = async == null ? null : async.takeExitRequest();
        if (exit != null) {
            throw exit;
        }
    }

    @Override
    public AsyncRuntime async() {
        if (async == null) {
            throw new IllegalStateException("this run has no async runtime");
        }
        return async;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    @Override
    public List<String> scriptArgs() {
        return scriptArgs;
    }

    @Override
    public boolean isGranted(Capability capability) {
        return capability == Capability.NONE || granted.contains(capability);
    }

    @Override
    public Invoker invoker() {
        if (invoker == null) {
            throw new IllegalStateException("no backend is running");
        }
        return invoker;
    }

    /** The installed invoker, or {@code null} before any backend ran. */
    public Invoker currentInvoker() {
        return invoker;
    }

    /**
     * Makes {@code running} the invoker natives call back through and returns the previous one, which the
     * backend gives back to {@link #leave} when its run ends, however it ends (imported modules and host calls
     * run nested inside another run).
     */
    public Invoker enter(Invoker running) {
        Invoker outer = invoker;
        invoker = running;
        return outer;
    }

    /** Reinstalls the invoker {@link #enter} returned. */
    public void leave(Invoker outer) {
        invoker = outer;
    }

    /** Installed by the backend when a run starts. */
    public void setInvoker(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> init) {
        return key.cast(state.computeIfAbsent(key, k -> init.get()));
    }

    /**
     * Where {@code input()} reads: the source the host gave, never the process's standard input unless the
     * host passed that.
     *
     * @throws RuffRuntimeError when the host gave none
     */
    @Override
    public BufferedReader in() {
        if (in == null) {
            throw new RuffRuntimeError("input() has no input source: the host gave this engine none "
                    + "(RuffEngine.Builder.input)");
        }
        return in;
    }

    /** Sets the source of {@code input()} ({@code null}: none). */
    public void setIn(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String grantAdvice(Capability capability) {
        return grantAdvice != null ? grantAdvice.apply(capability) : NativeContext.super.grantAdvice(capability);
    }

    /** How capability-denied messages tell the user to grant a capability ({@code null}: the CLI flag). */
    public void setGrantAdvice(Function<Capability, String> advice) {
        this.grantAdvice = advice;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory != null ? workingDirectory : NativeContext.super.workingDirectory();
    }

    /** The folder the run starts in ({@code RuffEngine.Builder.workingDirectory}); {@code null}: the JVM's. */
    public void setWorkingDirectory(Path folder) {
        this.workingDirectory = folder;
    }

    @Override
    public dev.ruff.spi.FolderGrants folderGrants() {
        return folderGrants;
    }

    /** The folders the host confined file capabilities to (default: none confined). */
    public void setFolderGrants(dev.ruff.spi.FolderGrants grants) {
        this.folderGrants = java.util.Objects.requireNonNull(grants);
    }

    public NativeRegistry natives() {
        return natives;
    }

    /** The deepest Ruff call nesting allowed before the call-depth error. */
    public int maxCallDepth() {
        return maxCallDepth;
    }

    /** The limits guard of this run on this context's thread; backends tick it at back-edges and calls. */
    public RunGuard guard() {
        return guard;
    }

    /** Installed by the engine before a run starts (default: {@link RunGuard#unlimited()}). */
    public void setGuard(RunGuard guard) {
        this.guard = java.util.Objects.requireNonNull(guard);
    }

    public ModuleLoader moduleLoader() {
        return moduleLoader;
    }

    public void setModuleLoader(ModuleLoader moduleLoader) {
        this.moduleLoader = moduleLoader;
    }
}
