package dev.ruff.parse;

import dev.ruff.ast.Expr;
import dev.ruff.diag.SourcePos;
import dev.ruff.lex.Lexer;
import dev.ruff.lex.TemplatePart;
import dev.ruff.lex.Token;
import dev.ruff.lex.TokenType;
import dev.ruff.lang.BinaryOp;
import dev.ruff.lang.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the expression grammar of §2.2, one method per precedence level (lowest
 * first: pipe, coalesce, or, and, equality, comparison, additive, multiplicative, unary, postfix,
 * primary). Every node carries the position of its first token.
 */
final class ExpressionParser {
    private final TokenCursor in;
    private final StatementParser statements;

    ExpressionParser(TokenCursor in, StatementParser statements) {
        this.in = in;
        this.statements = statements;
    }

    /**
     * A full expression: {@code throw(...)}, an enum tag {@code E::V(args)} (both only here, and the tag
     * form returns at once, so {@code E::V == x} leaves {@code ==} unparsed), or a pipe chain.
     */
    Expr expression() {
        ExpressionDepth.enter(in);
        try {
            Token t = in.peek();
            if (t.is(TokenType.IDENT) && t.text().equals("throw") && in.checkAhead(1, TokenType.LPAREN)) {
                in.advance();
                return new Expr.Throw(t.pos(), arguments());
            }
            if (t.is(TokenType.IDENT) && in.checkAhead(1, TokenType.COLON_COLON)) {
                return enumTag();
            }
            return pipe();
        } finally {
            ExpressionDepth.exit(in);
        }
    }

    private Expr enumTag() {
        Token enumName = in.advance();
        in.advance(); // ::
        Token variant = in.expectIdentifier("variant name after '::'");
        List<Expr> args = in.check(TokenType.LPAREN) ? arguments() : List.of();
        return new Expr.EnumTag(enumName.pos(), enumName.text(), variant.text(), args);
    }

    /** {@code x |> f} is {@code f(x)}; {@code x |> f(a)} is {@code f(x, a)}; {@code x |> o.m(a)} is {@code o.m(x, a)}. */
    private Expr pipe() {
        SourcePos start = in.pos();
        Expr left = coalesce();
        while (in.match(TokenType.PIPE_GT)) {
            Expr right = coalesce();
            left = pipeInto(start, left, right);
        }
        return left;
    }

    private static Expr pipeInto(SourcePos pos, Expr value, Expr target) {
        if (target instanceof Expr.Call) {
            Expr.Call call = (Expr.Call) target;
            return new Expr.Call(pos, call.callee(), prepend(value, call.args()));
        }
        if (target instanceof Expr.MethodCall) {
            Expr.MethodCall call = (Expr.MethodCall) target;
            return new Expr.MethodCall(pos, call.receiver(), call.name(), prepend(value, call.args()));
        }
        return new Expr.Call(pos, target, List.of(value));
    }

    private static List<Expr> prepend(Expr first, List<Expr> rest) {
        List<Expr> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private Expr coalesce() {
        SourcePos start = in.pos();
        Expr left = or();
        while (in.match(TokenType.QUESTION_QUESTION)) {
            left = new Expr.Logical(start, Expr.LogicalOp.COALESCE, left, or());
        }
        return left;
    }

    private Expr or() {
        SourcePos start = in.pos();
        Expr left = and();
        while (in.match(TokenType.OR_OR)) {
            left = new Expr.Logical(start, Expr.LogicalOp.OR, left, and());
        }
        return left;
    }

    private Expr and() {
        SourcePos start = in.pos();
        Expr left = equality();
        while (in.match(TokenType.AND_AND)) {
            left = new Expr.Logical(start, Expr.LogicalOp.AND, left, equality());
        }
        return left;
    }

    /** The level at which array elements, dict entries and struct-literal field values are parsed. */
    Expr equality() {
        SourcePos start = in.pos();
        Expr left = comparison();
        while (true) {
            BinaryOp op = in.check(TokenType.EQ_EQ) ? BinaryOp.EQ : in.check(TokenType.BANG_EQ) ? BinaryOp.NE : null;
            if (op == null) {
                return left;
            }
            in.advance();
            left = new Expr.Binary(start, op, left, comparison());
        }
    }

    private Expr comparison() {
        SourcePos start = in.pos();
        Expr left = additive();
        while (true) {
            BinaryOp op;
            switch (in.peek().type()) {
                case LT: op = BinaryOp.LT; break;
                case LT_EQ: op = BinaryOp.LE; break;
                case GT: op = BinaryOp.GT; break;
                case GT_EQ: op = BinaryOp.GE; break;
                default: return left;
            }
            in.advance();
            left = new Expr.Binary(start, op, left, additive());
        }
    }

    private Expr additive() {
        SourcePos start = in.pos();
        Expr left = multiplicative();
        while (in.check(TokenType.PLUS) || in.check(TokenType.MINUS)) {
            BinaryOp op = in.advance().is(TokenType.PLUS) ? BinaryOp.ADD : BinaryOp.SUB;
            left = new Expr.Binary(start, op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        SourcePos start = in.pos();
        Expr left = unary();
        while (true) {
            BinaryOp op;
            switch (in.peek().type()) {
                case STAR: op = BinaryOp.MUL; break;
                case SLASH: op = BinaryOp.DIV; break;
                case PERCENT: op = BinaryOp.MOD; break;
                default: return left;
            }
            in.advance();
            left = new Expr.Binary(start, op, left, unary());
        }
    }

    private Expr unary() {
        if (in.check(TokenType.MINUS) || in.check(TokenType.BANG)) {
            Token op = in.advance();
            ExpressionDepth.enter(in);
            try {
                return new Expr.Unary(op.pos(), op.is(TokenType.MINUS) ? UnaryOp.NEG : UnaryOp.NOT, unary());
            } finally {
                ExpressionDepth.exit(in);
            }
        }
        return postfix();
    }

    /** Primary followed by calls, indexing, field/method access, {@code ?.}, {@code ?} and struct literals. */
    Expr postfix() {
        Token first = in.peek();
        Expr e = primary();
        boolean bareIdentifier = first.is(TokenType.IDENT) && e instanceof Expr.Ident;
        SourcePos start = first.pos();
        while (true) {
            switch (in.peek().type()) {
                case LPAREN:
                    e = new Expr.Call(start, e, arguments());
                    break;
                case LBRACKET: {
                    in.advance();
                    Expr index = expression();
                    in.expect(TokenType.RBRACKET, "to close index expression");
                    e = new Expr.Index(start, e, index);
                    break;
                }
                case DOT: {
                    in.advance();
                    String name = in.expectIdentifier("field or method name after '.'").text();
                    e = in.check(TokenType.LPAREN)
                            ? new Expr.MethodCall(start, e, name, arguments())
                            : new Expr.Field(start, e, name, false);
                    break;
                }
                case QUESTION_DOT: {
                    in.advance();
                    String name = in.expectIdentifier("field name after '?.'").text();
                    e = new Expr.Field(start, e, name, true);
                    break;
                }
                case QUESTION:
                    in.advance();
                    e = new Expr.Try(start, e);
                    break;
                case LBRACE:
                    if (bareIdentifier && structLiteralAhead()) {
                        e = structLiteral(first);
                        break;
                    }
                    return e;
                default:
                    return e;
            }
            bareIdentifier = false;
        }
    }

    /** Quirk 4: {@code Name {} } is a struct literal only when followed by {@code IDENT :} or {@code }}. */
    private boolean structLiteralAhead() {
        return in.checkAhead(1, TokenType.RBRACE)
                || (in.checkAhead(1, TokenType.IDENT) && in.checkAhead(2, TokenType.COLON));
    }

    private Expr structLiteral(Token name) {
        in.advance(); // {
        List<Expr.FieldInit> fields = new ArrayList<>();
        while (!in.check(TokenType.RBRACE)) {
            Token field = in.expectIdentifier("field name in struct literal");
            in.expect(TokenType.COLON, "after field name in struct literal");
            fields.add(new Expr.FieldInit(field.pos(), field.text(), nested()));
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACE, "to close struct literal");
        return new Expr.StructLit(name.pos(), name.text(), fields);
    }

    /** {@code ( [expr {, expr} [,]] )}; the current token must be {@code (}. */
    private List<Expr> arguments() {
        in.advance();
        List<Expr> args = new ArrayList<>();
        while (!in.check(TokenType.RPAREN)) {
            args.add(expression());
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RPAREN, "to close function call arguments");
        return args;
    }

    /** An equality-level sub-expression inside a literal, counted as one level of nesting. */
    private Expr nested() {
        ExpressionDepth.enter(in);
        try {
            return equality();
        } finally {
            ExpressionDepth.exit(in);
        }
    }

    private Expr primary() {
        Token t = in.peek();
        switch (t.type()) {
            case INT:
                in.advance();
                return new Expr.IntLit(t.pos(), (Long) t.value());
            case FLOAT:
                in.advance();
                return new Expr.FloatLit(t.pos(), (Double) t.value());
            case STRING:
                in.advance();
                return new Expr.StringLit(t.pos(), (String) t.value());
            case INTERP_STRING:
                in.advance();
                return interpolation(t);
            case TRUE:
            case FALSE:
                in.advance();
                return new Expr.BoolLit(t.pos(), t.is(TokenType.TRUE));
            case NULL:
                in.advance();
                return new Expr.NullLit(t.pos());
            case SELF:
                in.advance();
                return new Expr.Ident(t.pos(), "self");
            case IDENT:
                return identifierPrimary();
            case LPAREN: {
                in.advance();
                Expr inner = expression();
                in.expect(TokenType.RPAREN, "to close parenthesized expression");
                return inner;
            }
            case LBRACKET:
                return arrayLiteral();
            case LBRACE:
                return dictLiteral();
            case ASYNC:
            case FUNC:
                return new Expr.FuncExpr(t.pos(), statements.function(false, false));
            case YIELD: {
                in.advance();
                Expr value = yieldHasOperand() ? expression() : null;
                return new Expr.Yield(t.pos(), value);
            }
            case AWAIT:
                in.advance();
                return new Expr.Await(t.pos(), expression());
            default:
                throw in.fail("Expected expression");
        }
    }

    private boolean yieldHasOperand() {
        switch (in.peek().type()) {
            case SEMICOLON: case RBRACE: case RPAREN: case RBRACKET: case COMMA: case EOF:
                return false;
            default:
                return true;
        }
    }

    private Expr identifierPrimary() {
        Token t = in.advance();
        switch (t.text()) {
            case "None":
                return new Expr.NoneLit(t.pos());
            case "Ok":
            case "Err":
            case "Some":
                if (in.check(TokenType.LPAREN)) {
                    in.advance();
                    Expr value = expression();
                    in.expect(TokenType.RPAREN, "to close " + t.text() + "(...)");
                    Expr.WrapKind kind = t.text().equals("Ok") ? Expr.WrapKind.OK
                            : t.text().equals("Err") ? Expr.WrapKind.ERR : Expr.WrapKind.SOME;
                    return new Expr.Wrap(t.pos(), kind, value);
                }
                return new Expr.Ident(t.pos(), t.text());
            default:
                return new Expr.Ident(t.pos(), t.text());
        }
    }

    private Expr arrayLiteral() {
        Token open = in.advance();
        List<Expr> elements = new ArrayList<>();
        while (!in.check(TokenType.RBRACKET)) {
            checkLiteralSize(elements.size(), "Array literal");
            if (in.check(TokenType.ELLIPSIS)) {
                Token dots = in.advance();
                elements.add(new Expr.Spread(dots.pos(), nested()));
            } else {
                elements.add(nested());
            }
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACKET, "to close array literal");
        return new Expr.ArrayLit(open.pos(), elements);
    }

    private Expr dictLiteral() {
        Token open = in.advance();
        List<Expr.DictEntry> entries = new ArrayList<>();
        while (!in.check(TokenType.RBRACE)) {
            checkLiteralSize(entries.size(), "Dictionary literal");
            if (in.check(TokenType.ELLIPSIS)) {
                Token dots = in.advance();
                entries.add(new Expr.DictEntry(null, nested()));
            } else {
                Expr key = nested();
                if (!in.match(TokenType.COLON)) {
                    throw in.fail("Expected ':' in dictionary literal");
                }
                entries.add(new Expr.DictEntry(key, nested()));
            }
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACE, "to close dictionary literal");
        return new Expr.DictLit(open.pos(), entries);
    }

    private void checkLiteralSize(int count, String what) {
        if (count >= ParseContext.MAX_LITERAL_ELEMENTS) {
            throw in.fail(what + " exceeds maximum of " + ParseContext.MAX_LITERAL_ELEMENTS + " elements");
        }
    }

    /**
     * Re-lexes and re-parses each {@code ${...}} as one complete expression; positions of the inner
     * tokens point into the original file.
     */
    private Expr interpolation(Token t) {
        List<Expr> parts = new ArrayList<>();
        for (TemplatePart part : t.templateParts()) {
            if (!part.code()) {
                parts.add(new Expr.StringLit(part.pos(), part.text()));
                continue;
            }
            Lexer lexer = new Lexer(part.text(), in.ctx.file, part.pos().line(), part.pos().column());
            List<Token> tokens = lexer.tokenize();
            in.ctx.diagnostics.addAll(lexer.diagnostics());
            TokenCursor inner = new TokenCursor(tokens, in.ctx);
            Expr value = new StatementParser(inner).expressions().expression();
            if (!inner.atEnd()) {
                throw inner.fail("Invalid interpolated string expression");
            }
            parts.add(value);
        }
        return new Expr.Interpolated(t.pos(), parts);
    }
}
