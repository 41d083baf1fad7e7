package dev.ruff.stdlib;

import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeFunction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** A test-only {@link NativeContext}: captured output, chosen capabilities, and an invoker for natives and {@link ScriptFunction}s. */
public final class TestContext implements NativeContext {
    private final StringWriter outText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText, true);
    private final PrintWriter err = new PrintWriter(new StringWriter(), true);
    private final Set<Capability> granted;
    private final Map<Class<?>, Object> state = new HashMap<>();

    public TestContext(Set<Capability> granted) {
        this.granted = granted;
    }

    /** Everything granted. */
    public TestContext() {
        this(EnumSet.allOf(Capability.class));
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
        return List.of();
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
                throw new dev.ruff.diag.RuffRuntimeError("Cannot call non-function");
            }

            @Override
            public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public synchronized <T> T state(Class<T> key, Supplier<T> init) {
        return key.cast(state.computeIfAbsent(key, k -> init.get()));
    }
}
