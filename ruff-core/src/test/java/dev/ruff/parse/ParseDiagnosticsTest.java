package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.diag.SourcePos;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParseDiagnosticsTest {

    private static List<Diagnostic> diagnostics(String source) {
        return assertThrows(RuffSyntaxError.class, () -> RuffParser.parse(source, "d.ruff")).diagnostics();
    }

    private static List<String> messages(String source) {
        return diagnostics(source).stream().map(Diagnostic::message).collect(Collectors.toList());
    }

    private static String onlyMessage(String source) {
        List<String> m = messages(source);
        assertEquals(1, m.size(), () -> "messages: " + m);
        return m.get(0);
    }

    @Test
    void unclosedCallAtEndOfFileMatchesUpstreamReport() {
        List<Diagnostic> d = diagnostics("print(\"hi\"\n");
        assertEquals(1, d.size());
        assertEquals("[RUFPARSE001] [parser] error: Expected ')' to close function call arguments but found Eof\n"
                + "  --> d.ruff:2:1\n"
                + "  = help: Fix the parse error and rerun Ruff.", d.get(0).render());
    }

    @Test
    void missingExpressionIsReportedAtTheOffendingToken() {
        Diagnostic d = diagnostics("x := \n  )").get(0);
        assertEquals("Expected expression", d.message());
        assertEquals(new SourcePos("d.ruff", 2, 3), d.pos());
    }

    @Test
    void assignmentToANonTargetIsInvalid() {
        Diagnostic d = diagnostics("f() := 1").get(0);
        assertEquals("Invalid assignment target", d.message());
        assertEquals(new SourcePos("d.ruff", 1, 1), d.pos());
        assertEquals("Invalid assignment target", onlyMessage("a?.b := 1"));
    }

    @Test
    void chainedAssignmentIsRejected() {
        assertEquals("Chained assignment is not supported; split the assignment into separate statements",
                onlyMessage("a := b := 1"));
        assertEquals("Chained assignment is not supported; split the assignment into separate statements",
                onlyMessage("let a := b = 1"));
    }

    @Test
    void assignmentNotStartingWithIdentifierIsAStrayOperator() {
        Diagnostic d = diagnostics("(a) := 1").get(0);
        assertEquals("Expected expression", d.message());
        assertEquals(new SourcePos("d.ruff", 1, 5), d.pos());
    }

    @Test
    void letWithoutAssignmentOperator() {
        assertEquals("Expected assignment operator (':=' or '=') in let declaration but found Int(5)",
                onlyMessage("let x 5"));
        assertEquals("Expected assignment operator (':=' or '=') in let declaration but found Punctuation(':')",
                onlyMessage("let x: 5 := 1"));
    }

    @Test
    void typeKeywordsCannotBeVariables() {
        assertEquals("Expected expression", messages("string := \"x\"").get(0));
    }

    @Test
    void asyncMustBeFollowedByFunc() {
        assertEquals("Expected 'func' after 'async'", onlyMessage("async let x := 1"));
    }

    @Test
    void forLoopNeedsIn() {
        assertEquals("Expected 'in' in for loop but found Identifier(\"xs\")", messages("for x xs { x }").get(0));
    }

    @Test
    void iterableIsPostfixSoBinaryExpressionNeedsParentheses() {
        assertEquals("Expected '{' to start for loop body but found Operator(\"+\")",
                messages("for x in a + b { x }").get(0));
    }

    @Test
    void exceptNeedsAVariable() {
        assertEquals("Expected exception variable after 'except'", onlyMessage("try { f() } except { }"));
    }

    @Test
    void dictionaryEntryNeedsColon() {
        assertEquals("Expected ':' in dictionary literal", onlyMessage("d := {\"a\" 1}"));
    }

    @Test
    void literalCasePatternIsAParseError() {
        assertEquals("Expected pattern after 'case' but found Int(1)", messages("match x { case 1: { } }").get(0));
    }

    @Test
    void strayElseIsAnInvalidStatement() {
        assertEquals("Invalid statement", onlyMessage("else { }"));
    }

    @Test
    void severalErrorsAreAllReportedAfterResynchronising() {
        List<Diagnostic> d = diagnostics("x := (1 +\nlet y := 2\nprint(y\n;\nfunc f() { a := ; b := 1 }\nz := )");
        assertEquals(List.of("Expected expression", "Expected ')' to close function call arguments but found Punctuation(';')",
                        "Expected expression", "Expected expression"),
                d.stream().map(Diagnostic::message).collect(Collectors.toList()));
        assertEquals(List.of(2, 4, 5, 6), d.stream().map(x -> x.pos().line()).collect(Collectors.toList()));
    }

    @Test
    void errorInsideBlockDoesNotLoseTheRestOfTheBlock() {
        List<String> m = messages("if a {\n x := )\n}\ny := ]\n");
        assertEquals(List.of("Expected expression", "Expected expression"), m);
    }

    @Test
    void lexerAndParserDiagnosticsAreReportedTogether() {
        List<Diagnostic> d = diagnostics("x := @\nprint(");
        assertEquals(List.of("RUFLEX001", "RUFPARSE001"), d.stream().map(Diagnostic::code).collect(Collectors.toList()));
        assertEquals("parser", d.get(1).subsystem());
        assertEquals("Fix the parse error and rerun Ruff.", d.get(1).help());
    }

    @Test
    void interpolationLexerErrorsAreReportedAtTheirFilePosition() {
        Diagnostic d = diagnostics("s := \"v=${a @ b}\"").get(0);
        assertEquals("Invalid character: '@'", d.message());
        assertEquals(new SourcePos("d.ruff", 1, 13), d.pos());
    }

    @Test
    void expressionNestingBeyondLimitIsADiagnostic() {
        String deep = "x := " + "(".repeat(300) + "1" + ")".repeat(300);
        assertEquals("Expression nesting exceeds maximum depth of 256", onlyMessage(deep));
        RuffParser.parse("x := " + "(".repeat(100) + "1" + ")".repeat(100), "ok.ruff");
    }

    @Test
    void blockNestingBeyondLimitIsADiagnostic() {
        String deep = "if a { ".repeat(200) + "}".repeat(200);
        assertEquals("Block nesting exceeds maximum depth of 128", onlyMessage(deep));
        RuffParser.parse("if a { ".repeat(100) + "b" + "}".repeat(100), "ok.ruff");
    }

    @Test
    void arrayAndDictLiteralsAreLimitedTo4096Elements() {
        RuffParser.parse("x := [" + "1,".repeat(4096) + "]", "ok.ruff");
        assertEquals("Array literal exceeds maximum of 4096 elements", onlyMessage("x := [" + "1,".repeat(4097) + "]"));
        assertEquals("Dictionary literal exceeds maximum of 4096 elements",
                onlyMessage("x := {" + "\"k\": 1,".repeat(4097) + "}"));
    }

    @Test
    void oversizedSourceIsRejectedBeforeLexing() {
        String big = "#" + "x".repeat(RuffParser.MAX_SOURCE_BYTES);
        Diagnostic d = diagnostics(big).get(0);
        assertEquals("Source size 1048577 bytes exceeds maximum allowed 1048576 bytes", d.message());
        assertEquals("RUFPARSE001", d.code());
    }

    @Test
    void longElseIfChainsDoNotDeepenRecursion() {
        String chain = "if a { b }" + " else if a { b }".repeat(5000) + " else { c }";
        assertTrue(RuffParser.parse(chain, "ok.ruff").statements().size() == 1);
    }
}
