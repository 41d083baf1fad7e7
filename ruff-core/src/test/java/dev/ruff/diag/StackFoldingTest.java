package dev.ruff.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deep recursion's call stack is reported in a few lines: repeated frames of one function are folded. */
class StackFoldingTest {

    @Test
    void consecutiveFramesOfOneFunctionAreFolded() {
        RuffRuntimeError e = new RuffRuntimeError("boom");
        SourcePos inner = new SourcePos("t.ruff", 1, 5);
        SourcePos call = new SourcePos("t.ruff", 2, 9);
        e.addFrame(new StackEntry("g", inner));
        for (int i = 0; i < 12_000; i++) {
            e.addFrame(new StackEntry("f", call));
        }
        e.addFrame(new StackEntry("main_loop", null));
        assertEquals(List.of("0 at g (t.ruff:1:5)", "1 at f (t.ruff:2:9)", "2 at f (t.ruff:2:9)",
                "3 at f (t.ruff:2:9)", "\u2026 11,997 more frames of f", "12001 at main_loop"), e.stackLines());
    }

    @Test
    void shortRunsAreShownInFull() {
        RuffRuntimeError e = new RuffRuntimeError("boom");
        for (int i = 0; i < 4; i++) {
            e.addFrame(new StackEntry("f", null));
        }
        assertEquals(List.of("0 at f", "1 at f", "2 at f", "3 at f"), e.stackLines());
    }

    @Test
    void aStackOverflowReportsAFewLinesOnEveryTier() {
        String source = "func f(n) { return f(n + 1) }\nf(0)\n";
        for (RuffEngine.Builder builder : List.of(RuffEngine.builder().backend(BackendType.INTERPRETER),
                RuffEngine.builder().compileThreshold(-1), RuffEngine.builder().compileThreshold(0))) {
            try (RuffEngine engine = builder.out(new StringWriter()).err(new StringWriter()).build()) {
                RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> engine.compile(source, "so.ruff").run());
                List<String> lines = e.stackLines();
                assertEquals(4, lines.size(), String.join("\n", lines));
                assertEquals("0 at f (so.ruff:1:20)", lines.get(0));
                assertEquals(String.format(java.util.Locale.ROOT, "\u2026 %,d more frames of f", e.stack().size() - 3),
                        lines.get(3));
            }
        }
    }
}
