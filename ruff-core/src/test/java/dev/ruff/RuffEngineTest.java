package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuffEngineTest {

    /** A host module as a host would write it: one native in a handful of lines. */
    static final class GreetModule implements RuffModule {
        @Override
        public String name() {
            return "greet";
        }

        @Override
        public void register(NativeRegistry registry) {
            registry.function("greet", Arity.exact(1), Capability.NONE, "Greets someone.",
                    call -> "Hello, " + call.arg(0) + "!");
            registry.function("secret", Arity.exact(0), Capability.FS_READ, "Needs file access.",
                    call -> "file contents");
        }
    }

    private static RuffEngine engine(StringWriter out) {
        return RuffEngine.builder().out(out).module(new GreetModule()).build();
    }

    @Test
    void compiledScriptRunsManyTimesAgainstFreshContexts() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(out)) {
            RuffScript script = engine.compile("mut n := 0\nn := n + 1\nprint(n)", "count.ruff");
            script.run(engine.newContext());
            script.run(engine.newContext());
            assertEquals("1\n1\n", out.toString());
        }
    }

    @Test
    void hostReadsGlobalsAndCallsRuffFunctions() {
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffContext context = engine.newContext();
            engine.compile("""
                    rate := 0.5
                    names := ["a", "b"]
                    func price(qty, extra) { return qty * rate + extra["fee"] }
                    """, "rules.ruff").run(context);
            assertEquals(0.5, context.get("rate"));
            assertEquals(List.of("a", "b"), context.get("names"));
            assertEquals(11.0, context.call("price", 20, Map.of("fee", 1)));
            assertTrue(context.has("price"));
            assertFalse(context.has("nothing"));
        }
    }

    @Test
    void hostSetGlobalsAreVisibleToScripts() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(out)) {
            RuffContext context = engine.newContext();
            context.set("user", Map.of("name", "Ada", "tags", List.of(1, 2)));
            engine.compile("print(user[\"name\"], len(user[\"tags\"]))", "x.ruff").run(context);
            assertEquals("Ada 2\n", out.toString());
        }
    }

    @Test
    void topLevelReturnValueComesBackToTheHost() {
        try (RuffEngine engine = engine(new StringWriter())) {
            assertEquals(42L, engine.eval("return 6 * 7"));
        }
    }

    @Test
    void hostModuleNativeIsCallable() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(out)) {
            engine.eval("print(greet(\"Ruff\"))");
            assertEquals("Hello, Ruff!\n", out.toString());
        }
    }

    @Test
    void nativeWithoutGrantedCapabilityFailsWithRuffError() {
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> engine.eval("secret()"));
            assertEquals("Capability denied: filesystem-read required for secret; grant it with RuffEngine.builder()"
                            + ".grant(Capability.FS_READ)",
                    e.getMessage());
        }
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(out).module(new GreetModule())
                .grant(Capability.FS_READ).build()) {
            engine.eval("print(secret())");
            assertEquals("file contents\n", out.toString());
        }
    }

    @Test
    void syntaxErrorsAreAllReportedWithPositions() {
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffSyntaxError e = assertThrows(RuffSyntaxError.class,
                    () -> engine.compile("x := (1 +\ny := ]\n", "bad.ruff"));
            assertFalse(e.diagnostics().isEmpty());
            assertEquals("bad.ruff", e.diagnostics().get(0).pos().file());
            assertTrue(e.render().contains("--> bad.ruff:"));
        }
    }

    @Test
    void exitCarriesItsCode() {
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffExit e = assertThrows(RuffExit.class, () -> engine.eval("exit(3)"));
            assertEquals(3, e.code());
        }
    }

    @Test
    void importsResolveNextToTheImportingFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("util.ruff"), "export func twice(x) { return x * 2 }\nexport let K := 7\n");
        Files.writeString(dir.resolve("main.ruff"), "import util\nprint(twice(K), util.twice(1))\n");
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(out)) {
            engine.compile(dir.resolve("main.ruff")).run();
            assertEquals("14 2\n", out.toString());
        }
    }

    @Test
    void circularImportIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ruff"), "import b\nexport let A := 1\n");
        Files.writeString(dir.resolve("b.ruff"), "import a\nexport let B := 2\n");
        Files.writeString(dir.resolve("main.ruff"), "import a\n");
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                    () -> engine.compile(dir.resolve("main.ruff")).run());
            assertEquals("Circular import detected: a -> b -> a", e.getMessage());
        }
    }

    @Test
    void missingExportAndMissingSymbolAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("m.ruff"), "export let X := 1\n");
        Files.writeString(dir.resolve("main.ruff"), "from m import Y\n");
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                    () -> engine.compile(dir.resolve("main.ruff")).run());
            assertEquals("Symbol 'Y' not found in module 'm'", e.getMessage());
        }
    }

    @Test
    void moduleReachedThroughSymlinkOutsideTheRootIsRefused(@TempDir Path dir) throws Exception {
        Path inside = Files.createDirectories(dir.resolve("app"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("evil.ruff"), "export let X := 1\n");
        Files.createSymbolicLink(inside.resolve("evil.ruff"), outside.resolve("evil.ruff"));
        Files.writeString(inside.resolve("main.ruff"), "import evil\n");
        try (RuffEngine engine = engine(new StringWriter())) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                    () -> engine.compile(inside.resolve("main.ruff")).run());
            assertTrue(e.getMessage().startsWith("Failed to load module 'evil'"), e.getMessage());
        }
    }

    @Test
    void unexpectedJavaFailureInNativeBecomesRuffError() {
        RuffModule broken = new RuffModule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void register(NativeRegistry registry) {
                registry.function("explode", Arity.exact(0), Capability.NONE, "Fails.", call -> {
                    throw new IllegalStateException("boom");
                });
            }
        };
        try (RuffEngine engine = RuffEngine.builder().module(broken).build()) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                    () -> engine.eval("try { explode() } except e { throw(\"caught: \" + e.message) }"));
            assertEquals("caught: explode failed: boom", e.getMessage());
        }
    }

    /** Reports the folder natives resolve relative paths against, as a file native would see it. */
    static final class WhereModule implements RuffModule {
        @Override
        public String name() {
            return "where";
        }

        @Override
        public void register(NativeRegistry registry) {
            registry.function("where", Arity.exact(0), Capability.NONE, "The run's working directory.",
                    call -> call.context().workingDirectory().toString());
        }
    }

    @Test
    void workingDirectoryIsWhereNativesAndRelativeImportsStart(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("helper.ruff"), "export let GREETING := \"hi from sub\"\n");
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(out).module(new WhereModule())
                .workingDirectory(dir.resolve("sub/..")).modulePath(dir).build()) {
            // compiled under a name relative to the working directory, as `ruff run sub/main.ruff` does
            engine.compile("from helper import GREETING\nprint(GREETING)\nprint(where())\n", "sub/main.ruff").run();
            assertEquals("hi from sub\n" + dir.toAbsolutePath().normalize() + "\n", out.toString());
        }
    }

    @Test
    void workingDirectoryDefaultsToTheJvmsCurrentDirectory() {
        try (RuffEngine engine = RuffEngine.builder().module(new WhereModule()).build()) {
            assertEquals(Path.of("").toAbsolutePath().normalize().toString(), engine.eval("where()"));
        }
    }
}
