package dev.ruff.prelude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.RuffSized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PreludeModuleTest {
    private final TestContext ctx = new TestContext();

    private static void assertError(String message, Executable body) {
        assertEquals(message, assertThrows(RuffRuntimeError.class, body).getMessage());
    }

    @Test
    void printJoinsDisplayFormsWithSpaces() {
        ctx.call("print", "Caught:", RuffArray.of("a", 1L), 3.0, RuffNull.NULL);
        ctx.call("println");
        ctx.call("print", "x", "");
        assertEquals("Caught: [a, 1] 3 null\n\nx \n", ctx.printed());
    }

    @Test
    void eprintWritesToStandardError() {
        ctx.call("eprint", "oops", 1L);
        assertEquals("oops 1\n", ctx.errText.toString());
    }

    @Test
    void debugPrintsDeepDebugRendering() {
        ctx.call("debug", 1L, "x", RuffArray.of(2.5));
        assertEquals("[DEBUG] Int(1) String(\"x\") Array[Float(2.5)]\n", ctx.printed());
    }

    @Test
    void lenCountsCodePointsAndElements() {
        assertEquals(17L, ctx.call("len", "Free Tools \u2192 Plan"));
        assertEquals(1L, ctx.call("len", "\uD83D\uDE00"));
        assertEquals(2L, ctx.call("len", RuffArray.of(1L, 2L)));
        assertEquals(1L, ctx.call("len", RuffDict.of(Map.of("a", 1L))));
        assertEquals(4L, ctx.call("len", (RuffSized) () -> 4L));
        assertEquals(3L, ctx.call("len", RuffBytes.wrap(new byte[3])));
        assertError("len() requires an array, dict, bytes, set, queue, stack, or string", () -> ctx.call("len", 5L));
        assertError("len expects 1 arguments, got 2", () -> ctx.call("len", "a", "b"));
    }

    @Test
    void typeAndAliasReportTypeNames() {
        assertEquals("float", ctx.call("type", 1.0));
        assertEquals("dict", ctx.call("type_of", new RuffDict()));
        assertEquals("bytes", ctx.call("type", RuffBytes.wrap(new byte[0])));
        assertError("type expects 1 arguments, got 0", () -> ctx.call("type_of"));
    }

    @Test
    void toStringUsesDisplayForm() {
        assertEquals("3", ctx.call("to_string", 3.0));
        assertEquals("[a]", ctx.call("str", RuffArray.of("a")));
        assertError("to_string() requires one argument", () -> ctx.call("str"));
    }

    @Test
    void isTruthyFollowsLanguageTruthiness() {
        assertEquals(true, ctx.call("is_truthy", "false"));
        assertEquals(false, ctx.call("is_truthy", 0.0));
    }

    @Test
    void argsAreTheScriptArguments() {
        TestContext withArgs = new TestContext("", List.of("a", "b"));
        assertEquals("[a, b]", Display.display(withArgs.call("args")));
    }

    @Test
    void errorRaisesItsMessage() {
        assertError("bad thing", () -> ctx.call("error", "bad thing"));
        assertError("Int(3)", () -> ctx.call("error", 3L));
    }

    @Test
    void exitThrowsTheCode() {
        assertEquals(0, assertThrows(RuffExit.class, () -> ctx.call("exit")).code());
        assertEquals(3, assertThrows(RuffExit.class, () -> ctx.call("exit", 3.9)).code());
        assertError("exit() requires a numeric exit code when provided", () -> ctx.call("exit", "1"));
        assertError("exit expects 0 to 1 arguments, got 2", () -> ctx.call("exit", 1L, 2L));
    }

    @Test
    void rangeBuildsHalfOpenIntArrays() {
        assertEquals("[0, 1, 2, 3, 4]", Display.display(ctx.call("range", 5L)));
        assertEquals("[-3, -2, -1, 0, 1, 2]", Display.display(ctx.call("range", -3L, 3L)));
        assertEquals("[0, 3, 6, 9]", Display.display(ctx.call("range", 0L, 10L, 3L)));
        assertEquals("[5, 3, 1]", Display.display(ctx.call("range", 5L, 0L, -2L)));
        assertEquals("[]", Display.display(ctx.call("range", 5L, 5L)));
        assertEquals("[]", Display.display(ctx.call("range", -2L)));
        assertEquals("[0, 1]", Display.display(ctx.call("range", 2.7)));
        assertEquals("[9223372036854775806]",
                Display.display(ctx.call("range", Long.MAX_VALUE - 1, Long.MAX_VALUE)));
    }

    @Test
    void rangeErrors() {
        assertError("range() step cannot be zero", () -> ctx.call("range", 0L, 5L, 0L));
        assertError("range() requires numeric arguments", () -> ctx.call("range", "5"));
        assertError("range() requires 1, 2, or 3 arguments", () -> ctx.call("range"));
        assertThrows(RuffRuntimeError.class, () -> ctx.call("range", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void inputPrintsPromptAndStripsTrailingWhitespace() {
        TestContext withInput = new TestContext("Alice  \r\nBob\n", List.of());
        assertEquals("Alice", withInput.call("input", "Name: "));
        assertEquals("Bob", withInput.call("input"));
        assertEquals("", withInput.call("input"));
        assertEquals("Name: ", withInput.printed());
        assertError("input() requires a string prompt when provided", () -> withInput.call("input", 1L));
    }

    @Test
    void constantsAreRegistered() {
        assertEquals(Math.PI, ctx.registry.lookup("PI"));
        assertEquals(Math.E, ctx.registry.lookup("E"));
    }
}
