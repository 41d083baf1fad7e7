package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link RuffContext#evalInteractive}: what {@code ruff repl} runs each entry with. */
class InteractiveEvaluationTest {
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void definitionsPersistBetweenEntriesAndFinalExpressionsAreShown(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            RuffContext context = engine.newContext();
            assertNull(context.evalInteractive("x := 20", "<1>"));
            assertEquals("42", context.evalInteractive("x + 22", "<2>"));
            assertNull(context.evalInteractive("func add(a, b) { return a + b }", "<3>"));
            assertEquals("[1, 2.5, hi]", context.evalInteractive("items := [1, 2.5, \"hi\"]\nitems", "<4>"));
            assertEquals("5", context.evalInteractive("add(x, -15)", "<5>"));
            assertNull(context.evalInteractive("print(\"side effect\")", "<6>"));
            assertEquals("side effect\n", out.toString());
            assertEquals("true", context.evalInteractive("for i in [1] { x := x + i }\nx == 21", "<7>"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aFailedEntryLeavesEarlierDefinitionsInPlace(BackendType backend) {
        try (RuffEngine engine = RuffEngine.builder().backend(backend).build()) {
            RuffContext context = engine.newContext();
            context.evalInteractive("kept := 1", "<1>");
            assertThrows(RuffRuntimeError.class, () -> context.evalInteractive("kept := 2\nnope()", "<2>"));
            assertThrows(RuffSyntaxError.class, () -> context.evalInteractive("let :=", "<3>"));
            assertEquals("2", context.evalInteractive("kept", "<4>"));
        }
    }
}
