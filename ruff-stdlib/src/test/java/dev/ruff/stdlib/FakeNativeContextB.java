package dev.ruff.stdlib;

import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A test-only {@link NativeContext}: captured output, chosen capabilities, script args, per-instance state. */
public final class FakeNativeContextB implements NativeContext {
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText, true);
    private final PrintWriter err = new PrintWriter(errText, true);
    private final Set<Capability> granted;
    private final List<String> scriptArgs;
    private final Map<Class<?>, Object> state = new ConcurrentHashMap<>();

    public FakeNativeContextB(Set<Capability> granted, List<String> scriptArgs) {
        this.granted = granted.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(granted);
        this.scriptArgs = List.copyOf(scriptArgs);
    }

    /** Everything granted, no script arguments. */
    public static FakeNativeContextB trusted() {
        return new FakeNativeContextB(EnumSet.allOf(Capability.class), List.of());
    }

    /** Nothing granted. */
    public static FakeNativeContextB untrusted() {
        return new FakeNativeContextB(EnumSet.noneOf(Capability.class), List.of());
    }

    public String outText() {
        return outText.toString();
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
                throw new UnsupportedOperationException("no backend in stdlib tests");
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
