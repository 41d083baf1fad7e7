package dev.ruff.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
    private static final Diagnostic PARSE = new Diagnostic("RUFPARSE001", "parser", "Expected expression",
            new SourcePos("m.ruff", 2, 7), "Fix the parse error and rerun Ruff.");

    @Test
    void withoutSourceItIsTheClassicThreeLineBlock() {
        assertEquals(PARSE.render(), new DiagnosticRenderer(null, false).render(PARSE));
        assertEquals(PARSE.render(), new DiagnosticRenderer(f -> null, false).render(PARSE));
    }

    @Test
    void quotesTheLineWithACaretUnderTheColumn() {
        String source = "x := 1\ny := (1 +\n";
        assertEquals("""
                [RUFPARSE001] [parser] error: Expected expression
                  --> m.ruff:2:7
                   |
                 2 | y := (1 +
                   |       ^
                  = help: Fix the parse error and rerun Ruff.""", DiagnosticRenderer.forSource("m.ruff", source).render(PARSE));
    }

    @Test
    void gutterWidensWithTheLineNumberAndCrlfIsDropped() {
        String source = "a\r\n".repeat(11) + "bad\r\n";
        Diagnostic d = new Diagnostic("RUFLEX001", "lexer", "Unexpected", new SourcePos("m.ruff", 12, 3), null);
        assertEquals("""
                [RUFLEX001] [lexer] error: Unexpected
                  --> m.ruff:12:3
                    |
                 12 | bad
                    |   ^""", DiagnosticRenderer.forSource("m.ruff", source).render(d));
    }

    @Test
    void lineOrFileItDoesNotKnowLeavesOutTheQuote() {
        Diagnostic pastEnd = new Diagnostic("C", "parser", "m", new SourcePos("m.ruff", 9, 1), null);
        assertEquals("[C] [parser] error: m\n  --> m.ruff:9:1", DiagnosticRenderer.forSource("m.ruff", "one\n").render(pastEnd));
        Diagnostic otherFile = new Diagnostic("C", "parser", "m", new SourcePos("other.ruff", 1, 1), null);
        assertEquals("[C] [parser] error: m\n  --> other.ruff:1:1",
                DiagnosticRenderer.forSource("m.ruff", "one\n").render(otherFile));
    }

    @Test
    void runtimeErrorsHaveOneHeaderAndTheCallStack() {
        RuffRuntimeError e = new RuffRuntimeError("Division by zero").at(new SourcePos("m.ruff", 2, 12));
        e.addFrame(new StackEntry("inner", new SourcePos("m.ruff", 2, 12)));
        e.addFrame(new StackEntry("<lambda>", null));
        assertEquals("""
                [RUFVM001] [vm] Runtime Error: Division by zero
                  --> m.ruff:2:12
                   |
                 2 |     return 1 / 0
                   |            ^

                Call stack:
                  0 at inner (m.ruff:2:12)
                  1 at <lambda>""", DiagnosticRenderer.forSource("m.ruff", "func inner() {\n    return 1 / 0\n}\n")
                .renderRuntimeError(e, "m.ruff"));
        assertEquals("[RUFVM001] [vm] Runtime Error: boom\n  --> main.ruff",
                new DiagnosticRenderer(null, false).renderRuntimeError(new RuffRuntimeError("boom"), "main.ruff"));
    }

    @Test
    void colourWrapsHeaderLocationAndCaretOnlyWhenAsked() {
        String plain = DiagnosticRenderer.forSource("m.ruff", "x\ny := (1 +\n").render(PARSE);
        String coloured = new DiagnosticRenderer(f -> "x\ny := (1 +\n", true).render(PARSE);
        assertTrue(coloured.startsWith("\u001b[1;31m[RUFPARSE001]\u001b[0m [parser] \u001b[1;31merror\u001b[0m: "), coloured);
        assertTrue(coloured.contains("\u001b[1;31m^\u001b[0m"), coloured);
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void severalDiagnosticsAreSeparatedByABlankLine() {
        assertEquals(PARSE.render() + "\n\n" + PARSE.render(), new DiagnosticRenderer(null, false).render(List.of(PARSE, PARSE)));
    }
}
