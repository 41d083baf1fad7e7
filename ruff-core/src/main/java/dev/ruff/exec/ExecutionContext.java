package dev.ruff.exec;

import dev.ruff.runtime.Invoker;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeRegistry;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private ModuleLoader moduleLoader;
    private Invoker invoker;

    public ExecutionContext(PrintWriter out, PrintWriter err, List<String> scriptArgs, Set<Capability> granted,
                            NativeRegistry natives, ConcurrentHashMap<Class<?>, Object> state, int maxCallDepth) {
        this.out = out;
        this.err = err;
        this.scriptArgs = List.copyOf(scriptArgs);
        this.granted = granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(granted);
        this.natives = natives;
        this.state = state;
        this.maxCallDepth = maxCallDepth;
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

    /** Installed by the backend when a run starts. */
    public void setInvoker(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> init) {
        return key.cast(state.computeIfAbsent(key, k -> init.get()));
    }

    public NativeRegistry natives() {
        return natives;
    }

    /** The deepest Ruff call nesting allowed before the call-depth error. */
    public int maxCallDepth() {
        return maxCallDepth;
    }

    public ModuleLoader moduleLoader() {
        return moduleLoader;
    }

    public void setModuleLoader(ModuleLoader moduleLoader) {
        this.moduleLoader = moduleLoader;
    }
}
