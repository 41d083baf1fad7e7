package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.host.RuffExport;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Java objects in a script's globals: only exported methods are callable, reflection never. */
class HostObjectsTest {
    /** A host API with one annotated method, one plain public method and callbacks. */
    public static final class Inventory {
        final List<String> log = new ArrayList<>();

        @RuffExport
        public int stock(String item) {
            return item.length();
        }

        @RuffExport("add")
        public void addItem(String item, long count) {
            log.add(item + "=" + count);
        }

        @RuffExport
        public Object me() {
            return this;
        }

        @RuffExport
        public String transform(String text, Function<String, String> f) {
            return f.apply(text);
        }

        public String secret() {
            return "hidden";
        }
    }

    /** A class without annotations; the host lists its methods. */
    public static final class Clock {
        public long ticks() {
            return 99;
        }

        public String other() {
            return "not listed";
        }
    }

    private static String run(RuffEngine engine, Object host, String source) {
        RuffContext context = engine.newContext();
        StringWriter out = new StringWriter();
        context.setOut(out);
        context.set("host", host);
        engine.compile(source, "host.ruff").run(context);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void annotatedMethodsAreCallableWithConvertedArguments(BackendType backend) {
        Inventory inventory = new Inventory();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).build()) {
            assertEquals("5\nhello!\n", run(engine, inventory, """
                    print(host.stock("apple"))
                    host.add("pear", 3)
                    print(host.transform("hello", func(s) { return s + "!" }))
                    """));
            assertEquals(List.of("pear=3"), inventory.log);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void unexportedMembersAndReflectionAreUnreachable(BackendType backend) {
        try (RuffEngine engine = RuffEngine.builder().backend(backend).build()) {
            for (String call : List.of("host.secret()", "host.getClass()", "host.me().getClass()",
                    "host.hashCode()", "host.wait()", "host.notify()")) {
                RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                        () -> run(engine, new Inventory(), call), call);
                assertTrue(e.getMessage().contains("has no exported method"), e.getMessage());
            }
            assertThrows(RuffRuntimeError.class, () -> run(engine, new Inventory(), "print(host.log)"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void byDefaultNothingOfAPlainObjectIsExported(BackendType backend) {
        try (RuffEngine engine = RuffEngine.builder().backend(backend).build()) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> run(engine, new Clock(), "host.ticks()"));
            assertEquals("Host object Clock has no exported method 'ticks' (it exports none)", e.getMessage());
            // a host object passed around in Ruff and back is the same Java object
            RuffContext context = engine.newContext();
            Clock clock = new Clock();
            context.set("c", clock);
            assertEquals(clock, engine.compile("return [c][0]", "back.ruff").run(context));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void theBuilderAllowListExportsNamedMethodsOnly(BackendType backend) {
        try (RuffEngine engine = RuffEngine.builder().backend(backend).exportMethods(Clock.class, "ticks", "getClass")
                .build()) {
            assertEquals("99\n", run(engine, new Clock(), "print(host.ticks())"));
            assertThrows(RuffRuntimeError.class, () -> run(engine, new Clock(), "host.other()"));
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> run(engine, new Clock(), "host.getClass()"));
            assertEquals("Host object Clock has no exported method 'getClass' (exported: ticks)", e.getMessage());
        }
    }
}
