package dev.ruff.parse;

import dev.ruff.diag.SourcePos;
import dev.ruff.lex.Token;
import dev.ruff.lex.TokenType;
import java.util.List;

/** A position in a token list plus the error helpers every parsing stage uses. */
final class TokenCursor {
    final ParseContext ctx;
    private final List<Token> tokens;
    private int index;

    TokenCursor(List<Token> tokens, ParseContext ctx) {
        this.tokens = tokens;
        this.ctx = ctx;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code n} ahead of the current one (EOF when past the end). */
    Token peek(int n) {
        return tokens.get(Math.min(index + n, tokens.size() - 1));
    }

    boolean check(TokenType type) {
        return peek().type() == type;
    }

    boolean checkAhead(int n, TokenType type) {
        return peek(n).type() == type;
    }

    boolean atEnd() {
        return check(TokenType.EOF);
    }

    Token advance() {
        Token t = tokens.get(index);
        if (t.type() != TokenType.EOF) {
            index++;
        }
        return t;
    }

    /** Consumes the current token if it has the given type. */
    boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    SourcePos pos() {
        return peek().pos();
    }

    /**
     * Consumes a token of the given type or reports {@code Expected 'C' CONTEXT but found TOKEN}
     * and bails out.
     */
    Token expect(TokenType type, String context) {
        if (check(type)) {
            return advance();
        }
        String what = context.isEmpty() ? "" : " " + context;
        throw fail("Expected '" + type.spelling() + "'" + what + " but found " + peek().debugString());
    }

    /** An identifier, or {@code Expected WHAT but found TOKEN}. */
    Token expectIdentifier(String what) {
        if (check(TokenType.IDENT)) {
            return advance();
        }
        throw fail("Expected " + what + " but found " + peek().debugString());
    }

    /** Records a diagnostic at the current token and returns the bail-out to throw. */
    ParseBailout fail(String message) {
        return failAt(message, pos());
    }

    ParseBailout failAt(String message, SourcePos pos) {
        ctx.report(message, pos);
        return new ParseBailout(false);
    }

    /** Records a diagnostic and returns a bail-out that ends parsing (used for nesting limits). */
    ParseBailout abort(String message) {
        ctx.report(message, pos());
        return new ParseBailout(true);
    }
}
