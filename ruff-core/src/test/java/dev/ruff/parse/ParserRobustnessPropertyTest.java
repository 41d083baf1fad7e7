package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.lex.Lexer;
import dev.ruff.lex.Token;
import dev.ruff.lex.TokenType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the input, lexing and parsing end with a tree or a {@link RuffSyntaxError}: never another
 * exception, never a StackOverflowError — even on a thread with an ordinary 1 MB stack.
 */
class ParserRobustnessPropertyTest {

    private static final String[] VOCABULARY = {
        "let", "mut", "const", "func", "func*", "async", "return", "enum", "match", "case", "default", "if",
        "else", "loop", "while", "for", "in", "break", "continue", "try", "except", "import", "from", "export",
        "struct", "impl", "self", "null", "spawn", "test", "test_group", "test_setup", "test_teardown", "yield",
        "await", "true", "false", "int", "string", "Ok", "Err", "Some", "None", "Result", "Option", "throw",
        "print", "x", "y", "_", "0", "1", "2.5", "9223372036854775808", "1e5", "\"s\"", "\"a${x}b\"", "\"${",
        "}\"", "\"\\q\"", "(", ")", "{", "}", "[", "]", ",", ";", ":", ".", "...", "::", "->", "?.", "?", "??",
        "|>", ":=", "=", "+=", "%=", "-", "+", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "!", "&&", "||",
        "&", "|", "#", "//", "/*", "*/", "\\", "'", "@", "\n", "\r", "\t", " ", "\0", "\u00e9", "\uD83D\uDE00",
    };

    private static final String[][] NESTERS = {
        {"(", ")"}, {"[", "]"}, {"{", "}"}, {"{\"k\": ", "}"}, {"[...", "]"}, {"if a { ", "}"},
        {"while a { x := ", "}"}, {"func() { ", "}"}, {"f(", ")"}, {"a.m(", ")"}, {"x[", "]"}, {"Ok(", ")"},
        {"-", ""}, {"!", ""}, {"await ", ""}, {"yield ", ""}, {"\"${", "}\""}, {"P { f: ", "}"},
        {"match a { case A: { ", "} }"}, {"try { ", "} except e { }"}, {"let [", "] := x"}, {"E::V(", ")"},
        {"throw(", ")"}, {"x |> (", ")"}, {"else { ", "}"},
    };

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> word = Arbitraries.of(VOCABULARY);
        Arbitrary<String> spaced = word.map(w -> w + " ");
        Arbitrary<String> anyChar = Arbitraries.chars().map(String::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(5, word), Tuple.of(5, spaced), Tuple.of(1, anyChar))
                .list().ofMaxSize(80)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> deepNesting() {
        Arbitrary<String[]> nester = Arbitraries.of(NESTERS);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 3000);
        Arbitrary<Boolean> closed = Arbitraries.of(true, false);
        return Combinators.combine(nester, depth, closed).as((n, d, c) ->
                "x := " + n[0].repeat(d) + "1" + (c ? n[1].repeat(d) : ""));
    }

    @Property(tries = 1000)
    void tokenSoupNeverThrowsAnythingButSyntaxError(@ForAll("tokenSoup") String source) {
        assertParsesOrReportsCleanly(source);
    }

    @Property(tries = 1000)
    void lexerNeverThrowsAndAlwaysEndsWithEof(@ForAll("tokenSoup") String source) {
        List<Token> tokens = new Lexer(source, "soup.ruff").tokenize();
        assertTrue(tokens.get(tokens.size() - 1).is(TokenType.EOF));
    }

    @Property(tries = 300)
    void deepNestingIsADiagnosticNeverAStackOverflow(@ForAll("deepNesting") String source) {
        assertParsesOrReportsCleanly(source);
    }

    @Property(tries = 100)
    void mixedDeepNestingIsADiagnosticNeverAStackOverflow(
            @ForAll @IntRange(min = 1, max = 400) int depth, @ForAll("tokenSoup") String filler) {
        StringBuilder sb = new StringBuilder("x := ");
        for (int i = 0; i < depth; i++) {
            sb.append(NESTERS[(i * 7 + filler.length()) % NESTERS.length][0]);
        }
        assertParsesOrReportsCleanly(sb.append(filler).toString());
    }

    /** Parses on a 1 MB-stack thread and checks that only a RuffSyntaxError from the limits can occur. */
    private static void assertParsesOrReportsCleanly(String source) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                RuffParser.parse(source, "soup.ruff");
            } catch (RuffSyntaxError e) {
                assertFalse(e.diagnostics().isEmpty());
                for (Diagnostic d : e.diagnostics()) {
                    assertFalse(d.message().startsWith("Program is nested too deeply"),
                            "recursion guard missed: " + d.message());
                }
            } catch (Throwable other) {
                failure.set(other);
            }
        }, "parse", 1L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new AssertionError("parse of " + abbreviate(source) + " threw " + failure.get(), failure.get());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
