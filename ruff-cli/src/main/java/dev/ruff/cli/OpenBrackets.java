package dev.ruff.cli;

import dev.ruff.lex.Lexer;
import dev.ruff.lex.Token;

/** Whether typed input leaves a bracket open, so the repl reads another line before running it. */
final class OpenBrackets {
    private OpenBrackets() {
    }

    /** True when {@code text} opens more {@code ( [ {} than it closes. */
    static boolean leftOpen(String text) {
        int depth = 0;
        for (Token t : new Lexer(text, "<input>").tokenize()) {
            switch (t.type()) {
                case LPAREN, LBRACKET, LBRACE -> depth++;
                case RPAREN, RBRACKET, RBRACE -> depth--;
                default -> {
                }
            }
        }
        return depth > 0;
    }
}
