package dev.ruff.prelude;

import dev.ruff.runtime.Invoker;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A context that captures output and feeds input from a string, with the prelude installed. */
final class TestContext implements NativeContext {
    final StringWriter outText = new StringWriter();
    final StringWriter errText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText);
    private final PrintWriter err = new PrintWriter(errText);
    private final BufferedReader in;
    private final List<String> scriptArgs;
    private final Map<Class<?>, Object> state = new HashMap<>();
    final NativeRegistry registry = new NativeRegistry();

    TestContext(String input, List<String> scriptArgs) {
        this.in = new BufferedReader(new StringReader(input));
        this.scriptArgs = scriptArgs;
        registry.install(new PreludeModule());
    }

    TestContext() {
        this("", List.of());
    }

    /** Calls the prelude native {@code name}. */
    Object call(String name, Object... args) {
        return ((NativeFunction) registry.lookup(name)).invoke(args, this);
    }

    String printed() {
        out.flush();
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
    public BufferedReader in() {
        return in;
    }

    @Override
    public List<String> scriptArgs() {
        return scriptArgs;
    }

    @Override
    public boolean isGranted(Capability capability) {
        return true;
    }

    @Override
    public Invoker invoker() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> init) {
        return key.cast(state.computeIfAbsent(key, k -> init.get()));
    }
}
