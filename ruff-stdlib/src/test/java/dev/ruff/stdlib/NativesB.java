package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test harness: installs modules into a registry and calls their natives with a {@link FakeNativeContextB}. */
public final class NativesB {
    private final NativeRegistry registry = new NativeRegistry();
    private FakeNativeContextB context;

    public NativesB(FakeNativeContextB context, RuffModule... modules) {
        this.context = context;
        for (RuffModule m : modules) {
            registry.install(m);
        }
    }

    public NativesB(RuffModule... modules) {
        this(FakeNativeContextB.trusted(), modules);
    }

    public FakeNativeContextB context() {
        return context;
    }

    public NativesB withContext(FakeNativeContextB c) {
        this.context = c;
        return this;
    }

    public NativeRegistry registry() {
        return registry;
    }

    public NativeFunction function(String name) {
        Object f = registry.lookup(name);
        if (!(f instanceof NativeFunction nf)) {
            throw new AssertionError("no native " + name);
        }
        return nf;
    }

    public Object call(String name, Object... args) {
        return function(name).invoke(args, context);
    }

    /** Calls and expects a Ruff runtime error; returns its message. */
    public String fail(String name, Object... args) {
        return assertThrows(RuffRuntimeError.class, () -> call(name, args)).getMessage();
    }

    public static RuffArray array(Object... items) {
        return RuffArray.of(items);
    }

    /** A dict from alternating keys and values. */
    public static RuffDict dict(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return RuffDict.of(m);
    }

    public static List<Object> list(Object array) {
        return ((RuffArray) array).asList();
    }
}
