package dev.ruff.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.SourcePos;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenType> types(String source) {
        return new Lexer(source, "l.ruff").tokenize().stream().map(Token::type).collect(Collectors.toList());
    }

    private static List<Token> tokens(String source) {
        return new Lexer(source, "l.ruff").tokenize();
    }

    private static List<Diagnostic> diagnostics(String source) {
        Lexer lexer = new Lexer(source, "l.ruff");
        lexer.tokenize();
        return lexer.diagnostics();
    }

    private static Diagnostic onlyDiagnostic(String source) {
        List<Diagnostic> d = diagnostics(source);
        assertEquals(1, d.size(), () -> "diagnostics: " + d);
        return d.get(0);
    }

    @Test
    void operatorsUseMaximalMunch() {
        assertEquals(List.of(TokenType.COLON_EQ, TokenType.QUESTION_QUESTION, TokenType.QUESTION_DOT,
                        TokenType.QUESTION, TokenType.PIPE_GT, TokenType.COLON_COLON, TokenType.ARROW,
                        TokenType.ELLIPSIS, TokenType.DOT, TokenType.DOT, TokenType.PLUS_EQ, TokenType.EQ_EQ,
                        TokenType.EQ, TokenType.AND_AND, TokenType.AMP, TokenType.OR_OR, TokenType.PIPE,
                        TokenType.LT_EQ, TokenType.GT_EQ, TokenType.BANG_EQ, TokenType.BANG, TokenType.EOF),
                types(":= ?? ?. ? |> :: -> ... .. += === && & || | <= >= != !"));
    }

    @Test
    void dotIsPartOfNumberOnlyBeforeADigit() {
        assertEquals(List.of(TokenType.INT, TokenType.DOT, TokenType.IDENT, TokenType.FLOAT, TokenType.EOF),
                types("1.foo 2.50"));
        assertEquals(2.5, tokens("2.50").get(0).value());
        assertEquals(9223372036854775807L, tokens("9223372036854775807").get(0).value());
    }

    @Test
    void keywordsBooleansAndSpecialIdentifiers() {
        assertEquals(List.of(TokenType.LET, TokenType.IMPL, TokenType.TEST_SETUP, TokenType.STRING_TYPE,
                        TokenType.TRUE, TokenType.FALSE, TokenType.NULL, TokenType.IDENT, TokenType.IDENT,
                        TokenType.IDENT, TokenType.IDENT, TokenType.EOF),
                types("let impl test_setup string true false null Result throw _ str"));
        assertEquals(Boolean.TRUE, tokens("true").get(0).value());
    }

    @Test
    void identifiersMayContinueWithUnicodeLetters() {
        Token t = tokens("caf\u00e9_1").get(0);
        assertEquals(TokenType.IDENT, t.type());
        assertEquals("caf\u00e9_1", t.text());
    }

    @Test
    void commentsOfAllThreeFormsAreSkipped() {
        assertEquals(List.of(TokenType.IDENT, TokenType.IDENT, TokenType.IDENT, TokenType.IDENT, TokenType.EOF),
                types("a # one\nb // two\n/// doc\nc /* multi\nline */ d"));
    }

    @Test
    void positionsAreOneBasedAndEveryLineTerminatorCounts() {
        List<Token> t = tokens("a\n\tbb\r\nc\rd /* x\n */ e");
        assertEquals(new SourcePos("l.ruff", 1, 1), t.get(0).pos());
        assertEquals(new SourcePos("l.ruff", 2, 2), t.get(1).pos());
        assertEquals(new SourcePos("l.ruff", 3, 1), t.get(2).pos());
        assertEquals(new SourcePos("l.ruff", 4, 1), t.get(3).pos());
        assertEquals(new SourcePos("l.ruff", 5, 5), t.get(4).pos());
    }

    @Test
    void stringEscapesAreApplied() {
        assertEquals("a\nb\tc\rd\\e\"f$g", tokens("\"a\\nb\\tc\\rd\\\\e\\\"f\\$g\"").get(0).value());
    }

    @Test
    void interpolationCapturesRawTextWithNestedBracesAndPositions() {
        Token t = tokens("  \"x=${ {\"k\": 1}[\"k\"] } and ${y}\"").get(0);
        assertEquals(TokenType.INTERP_STRING, t.type());
        List<TemplatePart> parts = t.templateParts();
        assertEquals(4, parts.size());
        assertEquals(new TemplatePart(false, "x=", new SourcePos("l.ruff", 1, 4)), parts.get(0));
        assertEquals(new TemplatePart(true, " {\"k\": 1}[\"k\"] ", new SourcePos("l.ruff", 1, 8)), parts.get(1));
        assertEquals(new TemplatePart(false, " and ", new SourcePos("l.ruff", 1, 24)), parts.get(2));
        assertEquals(new TemplatePart(true, "y", new SourcePos("l.ruff", 1, 31)), parts.get(3));
    }

    @Test
    void dollarWithoutBraceIsLiteral() {
        assertEquals(new Token(TokenType.STRING, "$5", "$5", new SourcePos("l.ruff", 1, 1)), tokens("\"$5\"").get(0));
    }

    @Test
    void tokensRenderRustDebugStyle() {
        List<Token> t = tokens("x 5 1.5 \"s\\\"\" true := } let");
        assertEquals(List.of("Identifier(\"x\")", "Int(5)", "Float(1.5)", "String(\"s\\\"\")", "Bool(true)",
                        "Operator(\":=\")", "Punctuation('}')", "Keyword(\"let\")", "Eof"),
                t.stream().map(Token::debugString).collect(Collectors.toList()));
    }

    @Test
    void invalidCharacterIsReportedWithCodePositionAndHelp() {
        Diagnostic d = onlyDiagnostic("x := @");
        assertEquals(new Diagnostic("RUFLEX001", "lexer", "Invalid character: '@'", new SourcePos("l.ruff", 1, 6),
                "Fix the lexical error in source and run again."), d);
    }

    @Test
    void singleQuoteAndNonAsciiFirstLetterAreInvalidCharacters() {
        assertEquals("Invalid character: '''", diagnostics("'a'").get(0).message());
        assertEquals("Invalid character: '\u00e9'", diagnostics("\u00e9t\u00e9").get(0).message());
    }

    @Test
    void nullByteIsRejected() {
        Diagnostic d = onlyDiagnostic("a\0b");
        assertEquals("RUFLEX002", d.code());
        assertEquals("Null byte is not allowed in source", d.message());
        assertEquals(new SourcePos("l.ruff", 1, 2), d.pos());
    }

    @Test
    void unterminatedStringsAndInterpolations() {
        Diagnostic s = onlyDiagnostic("x := \"abc\ny");
        assertEquals("RUFLEX003", s.code());
        assertEquals("Unterminated string literal", s.message());
        assertEquals(new SourcePos("l.ruff", 1, 6), s.pos());
        Diagnostic i = onlyDiagnostic("\"a ${b");
        assertEquals("RUFLEX003", i.code());
        assertEquals("Unterminated interpolated string expression", i.message());
    }

    @Test
    void unterminatedBlockCommentIsReportedAtItsStart() {
        Diagnostic d = onlyDiagnostic("a\n  /* never closed");
        assertEquals("RUFLEX004", d.code());
        assertEquals("Unterminated block comment", d.message());
        assertEquals(new SourcePos("l.ruff", 2, 3), d.pos());
    }

    @Test
    void invalidEscapeMessageContainsTwoBackslashes() {
        Diagnostic d = onlyDiagnostic("\"a\\qb\"");
        assertEquals("RUFLEX005", d.code());
        assertEquals("Invalid escape sequence: \\\\q", d.message());
        assertEquals(new SourcePos("l.ruff", 1, 3), d.pos());
    }

    @Test
    void integerOverflowIsReported() {
        Diagnostic d = onlyDiagnostic("9223372036854775808");
        assertEquals("RUFLEX006", d.code());
        assertEquals("Numeric literal overflow: 9223372036854775808", d.message());
    }

    @Test
    void malformedNumbersAreReportedWithTheirWholeText() {
        assertEquals("Malformed numeric literal: 1e5", onlyDiagnostic("1e5").message());
        assertEquals("Malformed numeric literal: 1_000", onlyDiagnostic("1_000").message());
        assertEquals("RUFLEX007", onlyDiagnostic("1.5.3").code());
    }

    @Test
    void lengthLimitsForIdentifiersStringsAndNumbers() {
        assertTrue(diagnostics("a".repeat(256)).isEmpty());
        Diagnostic id = onlyDiagnostic("a".repeat(257));
        assertEquals("RUFLEX008", id.code());
        assertEquals("Identifier exceeds max length of 256 characters", id.message());

        assertTrue(diagnostics("\"" + "s".repeat(8192) + "\"").isEmpty());
        Diagnostic str = onlyDiagnostic("\"" + "s".repeat(8193) + "\"");
        assertEquals("RUFLEX009", str.code());
        assertEquals("String literal exceeds max length of 8192 characters", str.message());

        Diagnostic num = onlyDiagnostic("1".repeat(513));
        assertEquals("RUFLEX010", num.code());
        assertEquals("Numeric literal exceeds max length of 512 characters", num.message());
    }

    @Test
    void allLexerErrorsAreCollectedInSourceOrder() {
        List<Diagnostic> d = diagnostics("@ x \"\\z\" 99999999999999999999 ~");
        assertEquals(List.of("RUFLEX001", "RUFLEX005", "RUFLEX006", "RUFLEX001"),
                d.stream().map(Diagnostic::code).collect(Collectors.toList()));
    }

    @Test
    void fragmentLexerStartsAtTheGivenPosition() {
        Token t = new Lexer("a + b", "f", 3, 10).tokenize().get(2);
        assertEquals(new SourcePos("f", 3, 14), t.pos());
    }
}
