package dev.ruff.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeFunction;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgParserModuleTest {

    private static Object method(TestContext ctx, Object parser, String name, Object... args) {
        StructInstance s = (StructInstance) parser;
        Object[] all = new Object[args.length + 1];
        all[0] = s;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((NativeFunction) s.method(name)).invoke(all, ctx);
    }

    private static TestContext withArgs(String... argv) {
        return new TestContext(EnumSet.noneOf(Capability.class), List.of(argv));
    }

    private static Object goldenParser(TestContext ctx) {
        Object p = new Natives(ctx, new ArgParserModule()).call("arg_parser");
        p = method(ctx, p, "add_argument", "--verbose", "short", "-v", "type", "bool", "help", "Enable verbose output");
        p = method(ctx, p, "add_argument", "--config", "short", "-c", "type", "string", "required", true,
                "help", "Configuration file path");
        return method(ctx, p, "add_argument", "--port", "type", "int", "default", "8080", "help", "Port to listen on");
    }

    @Test
    void helpMatchesGoldenLayout() {
        TestContext ctx = withArgs();
        Object p = goldenParser(ctx);
        assertEquals("ArgParser", ((StructInstance) p).name());
        assertEquals("\n\n\n\nOptions:\n"
                + "  -v, --verbose\n        Enable verbose output\n"
                + "  -c, --config <string> (required)\n        Configuration file path\n"
                + "      --port <int> [default: 8080]\n        Port to listen on\n", method(ctx, p, "help"));
    }

    @Test
    void parse() {
        TestContext ctx = withArgs("-c", "app.toml", "--port", "9000", "extra");
        RuffDict d = (RuffDict) method(ctx, goldenParser(ctx), "parse");
        assertEquals(false, d.get("verbose"));
        assertEquals("app.toml", d.get("config"));
        assertEquals(9000L, d.get("port"));
        assertEquals(List.of("extra"), Natives.items(d.get("_positional")));
    }

    @Test
    void parseDefaultsAndErrors() {
        TestContext ctx = withArgs("--config", "x", "-v");
        RuffDict d = (RuffDict) method(ctx, goldenParser(ctx), "parse");
        assertEquals(true, d.get("verbose"));
        assertEquals(8080L, d.get("port"));
        TestContext missing = withArgs();
        assertEquals("Required argument --config is missing",
                message(() -> method(missing, goldenParser(missing), "parse")));
        TestContext unknown = withArgs("--nope");
        assertEquals("Unknown argument: --nope", message(() -> method(unknown, goldenParser(unknown), "parse")));
        TestContext noValue = withArgs("--config");
        assertEquals("Argument --config requires a value", message(() -> method(noValue, goldenParser(noValue), "parse")));
        TestContext badInt = withArgs("--config", "c", "--port", "abc");
        assertEquals("Argument --port requires an integer value, got: abc",
                message(() -> method(badInt, goldenParser(badInt), "parse")));
        TestContext none = withArgs();
        Object p = new Natives(none, new ArgParserModule()).call("arg_parser");
        p = method(none, p, "add_argument", "--name");
        assertSame(RuffNull.NULL, ((RuffDict) method(none, p, "parse")).get("name"));
    }

    private static String message(Runnable r) {
        try {
            r.run();
        } catch (dev.ruff.diag.RuffRuntimeError e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error");
    }
}
