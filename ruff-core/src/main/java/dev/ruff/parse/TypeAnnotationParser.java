package dev.ruff.parse;

import dev.ruff.ast.TypeAnn;
import dev.ruff.lex.Token;
import dev.ruff.lex.TokenType;

/**
 * Parses type annotations: the four basic type keywords, or a type name with optional arguments
 * ({@code Result<int, string>}, {@code Option<T>}, {@code Point}). Upstream accepts only the basic types
 * plus {@code Result}/{@code Option}; accepting any name is a strict superset (annotations are ignored at
 * run time) and keeps {@code x: Point} in a struct body a single field.
 */
final class TypeAnnotationParser {
    private final TokenCursor in;

    TypeAnnotationParser(TokenCursor in) {
        this.in = in;
    }

    static boolean startsType(Token t) {
        switch (t.type()) {
            case INT_TYPE: case FLOAT_TYPE: case STRING_TYPE: case BOOL_TYPE: case IDENT:
                return true;
            default:
                return false;
        }
    }

    /**
     * {@code : type} if present. When the word after {@code :} cannot start a type, the colon is left
     * unconsumed (as upstream), so the caller reports what it expected instead.
     */
    TypeAnn optionalAnnotation() {
        if (in.check(TokenType.COLON) && startsType(in.peek(1))) {
            in.advance();
            return type();
        }
        return null;
    }

    /** A return type after {@code ->}. */
    TypeAnn returnType() {
        if (!startsType(in.peek())) {
            throw in.fail("Expected return type after '->' but found " + in.peek().debugString());
        }
        return type();
    }

    TypeAnn type() {
        return new TypeAnn(typeText());
    }

    private String typeText() {
        Token name = in.advance();
        if (!in.check(TokenType.LT)) {
            return name.text();
        }
        in.advance();
        StringBuilder sb = new StringBuilder(name.text()).append('<');
        ExpressionDepth.enter(in);
        try {
            while (true) {
                if (!startsType(in.peek())) {
                    throw in.fail("Expected type but found " + in.peek().debugString());
                }
                sb.append(typeText());
                if (!in.match(TokenType.COMMA)) {
                    break;
                }
                sb.append(", ");
            }
        } finally {
            ExpressionDepth.exit(in);
        }
        in.expect(TokenType.GT, "to close type arguments");
        return sb.append('>').toString();
    }
}
