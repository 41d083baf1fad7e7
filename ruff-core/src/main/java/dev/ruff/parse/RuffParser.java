package dev.ruff.parse;

import dev.ruff.ast.Expr;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.diag.SourcePos;
import dev.ruff.lex.Lexer;
import dev.ruff.lex.Token;
import java.util.List;

/**
 * The entry point from source text to syntax tree. Lexer and parser diagnostics are collected and
 * reported together; for any input the only exception thrown is {@link RuffSyntaxError}.
 */
public final class RuffParser {
    /** Larger sources are rejected before lexing. */
    public static final int MAX_SOURCE_BYTES = 1_048_576;

    private RuffParser() {
    }

    /**
     * Parses a whole file.
     *
     * @param source   the program text
     * @param fileName the name positions and diagnostics use
     * @throws RuffSyntaxError with every lexer and parser diagnostic, if there is any
     */
    public static Program parse(String source, String fileName) {
        ParseContext ctx = new ParseContext(fileName);
        TokenCursor in = lex(source, ctx);
        List<Stmt> statements = List.of();
        try {
            statements = new StatementParser(in).program();
        } catch (ParseBailout fatal) {
            // a nesting limit was hit; its diagnostic is already recorded
        } catch (StackOverflowError e) {
            ctx.report("Program is nested too deeply to parse", new SourcePos(fileName, 1, 1));
        }
        if (!ctx.diagnostics.isEmpty()) {
            throw new RuffSyntaxError(ctx.diagnostics);
        }
        return new Program(fileName, statements);
    }

    /**
     * Parses one complete expression (REPL input, {@code ruff eval}, tests); trailing tokens are an error.
     *
     * @throws RuffSyntaxError with every lexer and parser diagnostic, if there is any
     */
    public static Expr parseExpression(String source, String fileName) {
        ParseContext ctx = new ParseContext(fileName);
        TokenCursor in = lex(source, ctx);
        Expr result = null;
        try {
            result = new StatementParser(in).expressions().expression();
            if (!in.atEnd()) {
                in.fail("Unexpected " + in.peek().debugString() + " after expression");
            }
        } catch (ParseBailout bailout) {
            // diagnostic already recorded
        } catch (StackOverflowError e) {
            ctx.report("Program is nested too deeply to parse", new SourcePos(fileName, 1, 1));
        }
        if (!ctx.diagnostics.isEmpty()) {
            throw new RuffSyntaxError(ctx.diagnostics);
        }
        return result;
    }

    private static TokenCursor lex(String source, ParseContext ctx) {
        long bytes = utf8Length(source);
        if (bytes > MAX_SOURCE_BYTES) {
            throw new RuffSyntaxError(List.of(new Diagnostic("RUFPARSE001", "parser",
                    "Source size " + bytes + " bytes exceeds maximum allowed " + MAX_SOURCE_BYTES + " bytes",
                    new SourcePos(ctx.file, 1, 1), ParseContext.HELP)));
        }
        Lexer lexer = new Lexer(source, ctx.file);
        List<Token> tokens = lexer.tokenize();
        ctx.diagnostics.addAll(lexer.diagnostics());
        return new TokenCursor(tokens, ctx);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
