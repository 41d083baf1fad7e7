package dev.ruff.parse;

/** Guards recursive descent: nesting deeper than the limit is a diagnostic, never a StackOverflowError. */
final class ExpressionDepth {
    private ExpressionDepth() {
    }

    static void enter(TokenCursor in) {
        if (++in.ctx.expressionDepth > ParseContext.MAX_EXPRESSION_DEPTH) {
            in.ctx.expressionDepth--;
            throw in.abort("Expression nesting exceeds maximum depth of " + ParseContext.MAX_EXPRESSION_DEPTH);
        }
    }

    static void exit(TokenCursor in) {
        in.ctx.expressionDepth--;
    }
}
