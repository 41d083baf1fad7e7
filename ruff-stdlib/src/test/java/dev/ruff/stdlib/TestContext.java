package dev.ruff.stdlib;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeFunction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A test-only {@link NativeContext}: discarded output, chosen capabilities and script arguments,
 * per-instance state, and an invoker for natives and {@link ScriptFunction}s.
 */
public final class TestContext implements NativeContext {
    private final PrintWriter out = new PrintWriter(new StringWriter(), true);
    private final PrintWriter err = new PrintWriter(new StringWriter(), true);
    private final Set<Capability> granted;
    private final List<String> scriptArgs;
    private final Map<Class<?>, Object> state = new ConcurrentHashMap<>();

    public TestContext(Set<Capability> granted, List<String> scriptArgs) {
        this.granted = granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(granted);
        this.scriptArgs = List.copyOf(scriptArgs);
    }

    public TestContext(Set<Capability> granted) {
        this(granted, List.of());
    }

    /** Everything granted, no script arguments. */
    public TestContext() {
        this(EnumSet.allOf(Capability.class));
    }

    /** Nothing granted. */
    public static TestContext untrusted() {
        return new TestContext(EnumSet.noneOf(Capability.class));
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
        return granted.contains(capability);
    }

    @Override
    public Invoker invoker() {
        return new Invoker() {
            @Override
            public Object call(Object callee, Object... args) {
                if (callee instanceof NativeFunction f) {
                    return f.invoke(args, TestContext.this);
                }
                if (callee instanceof ScriptFunction f) {
                    return f.body().apply(args);
                }
                throw new RuffRuntimeError("Cannot call non-function");
            }

            @Override
            public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
                throw new UnsupportedOperationException("no backend in stdlib tests");
            }
        };
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> init) {
        return key.cast(state.computeIfAbsent(key, k -> init.get()));
    }
}
