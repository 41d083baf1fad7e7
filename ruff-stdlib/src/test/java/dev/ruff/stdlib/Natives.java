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

/** Test harness: modules installed into a fresh registry, natives called directly. */
public final class Natives {
    private final NativeRegistry registry = new NativeRegistry();
    private TestContext context;

    public Natives(TestContext context, RuffModule... modules) {
        this.context = context;
        for (RuffModule m : modules) {
            registry.install(m);
        }
    }

    public Natives(RuffModule... modules) {
        this(new TestContext(), modules);
    }

    public TestContext context() {
        return context;
    }

    /** Calls from now on run with {@code c} (e.g. fewer capabilities). */
    public Natives withContext(TestContext c) {
        this.context = c;
        return this;
    }

    public NativeRegistry registry() {
        return registry;
    }

    public NativeFunction function(String name) {
        Object v = registry.lookup(name);
        if (!(v instanceof NativeFunction f)) {
            throw new AssertionError("no native " + name);
        }
        return f;
    }

    public Object call(String name, Object... args) {
        return function(name).invoke(args, context);
    }

    /** The message of the error the call raises (fails the test when it does not raise). */
    public String error(String name, Object... args) {
        return assertThrows(RuffRuntimeError.class, () -> call(name, args)).getMessage();
    }

    public static RuffArray arr(Object... items) {
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

    /** Array elements as a Java list, nested arrays converted too (for assertEquals). */
    public static Object plain(Object v) {
        if (v instanceof RuffArray a) {
            return a.asList().stream().map(Natives::plain).toList();
        }
        if (v instanceof RuffDict d) {
            Map<String, Object> m = new LinkedHashMap<>();
            d.entries().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        return v;
    }

    /** The elements of a Ruff array, as they are (nested arrays stay arrays). */
    public static List<Object> items(Object array) {
        return ((RuffArray) array).asList();
    }

    public static List<Object> list(Object... items) {
        return List.of(items);
    }
}
