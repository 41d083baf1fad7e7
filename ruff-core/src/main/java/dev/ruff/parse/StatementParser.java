package dev.ruff.parse;

import dev.ruff.ast.Block;
import dev.ruff.ast.Expr;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.MatchCase;
import dev.ruff.ast.Param;
import dev.ruff.ast.Pattern;
import dev.ruff.ast.Stmt;
import dev.ruff.ast.StructField;
import dev.ruff.ast.TypeAnn;
import dev.ruff.diag.SourcePos;
import dev.ruff.lex.Token;
import dev.ruff.lex.TokenType;
import dev.ruff.lang.BinaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the statement grammar of §2.1, with error recovery: a failed statement is
 * reported, then tokens are skipped to a {@code ;}, a {@code }} or the next statement keyword, so that
 * every syntax error of a file is reported in one run.
 */
final class StatementParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final TypeAnnotationParser types;

    StatementParser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in, this);
        this.types = new TypeAnnotationParser(in);
    }

    ExpressionParser expressions() {
        return expressions;
    }

    /** {@code { ";" | statement } EOF}. */
    List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (!in.atEnd()) {
            if (!in.match(TokenType.SEMICOLON)) {
                statementWithRecovery(out, false);
            }
        }
        return out;
    }

    /** {@code "{" { ";" | statement } "}"}; {@code context} names the block in diagnostics ("if block"). */
    Block block(String context) {
        Token open = in.expect(TokenType.LBRACE, "to start " + context);
        if (++in.ctx.blockDepth > ParseContext.MAX_BLOCK_DEPTH) {
            throw in.abort("Block nesting exceeds maximum depth of " + ParseContext.MAX_BLOCK_DEPTH);
        }
        try {
            List<Stmt> out = new ArrayList<>();
            while (!in.check(TokenType.RBRACE) && !in.atEnd()) {
                if (!in.match(TokenType.SEMICOLON)) {
                    statementWithRecovery(out, true);
                }
            }
            in.expect(TokenType.RBRACE, "to close " + context);
            return new Block(open.pos(), out);
        } finally {
            in.ctx.blockDepth--;
        }
    }

    private void statementWithRecovery(List<Stmt> out, boolean inBlock) {
        int start = in.mark();
        try {
            out.add(statement());
        } catch (ParseBailout bailout) {
            if (bailout.fatal) {
                throw bailout;
            }
            synchronize(start, inBlock);
        }
    }

    /** Skips to just after a {@code ;}, to a {@code }} closing the current block, or to a statement keyword. */
    private void synchronize(int start, boolean inBlock) {
        if (in.mark() == start) {
            in.advance(); // guarantee progress
        }
        int depth = 0;
        while (!in.atEnd()) {
            Token t = in.peek();
            if (depth == 0) {
                if (t.is(TokenType.SEMICOLON)) {
                    in.advance();
                    return;
                }
                if (t.is(TokenType.RBRACE) && inBlock) {
                    return;
                }
                if (startsStatement(t.type())) {
                    return;
                }
            }
            if (t.is(TokenType.LBRACE)) {
                depth++;
            } else if (t.is(TokenType.RBRACE) && depth > 0) {
                depth--;
            }
            in.advance();
        }
    }

    private static boolean startsStatement(TokenType type) {
        switch (type) {
            case LET: case MUT: case CONST: case FUNC: case ASYNC: case ENUM: case STRUCT: case IMPORT:
            case FROM: case EXPORT: case RETURN: case IF: case WHILE: case LOOP: case FOR: case MATCH:
            case TRY: case SPAWN: case TEST: case TEST_GROUP: case TEST_SETUP: case TEST_TEARDOWN:
            case BREAK: case CONTINUE:
                return true;
            default:
                return false;
        }
    }

    Stmt statement() {
        Token t = in.peek();
        switch (t.type()) {
            case LET:
                return let(Stmt.DeclKind.LET);
            case MUT:
                return let(Stmt.DeclKind.MUT);
            case CONST:
                return constDecl();
            case ASYNC:
                if (!in.checkAhead(1, TokenType.FUNC)) {
                    in.advance();
                    throw in.fail("Expected 'func' after 'async'");
                }
                return namedFunctionAhead(2) ? new Stmt.FuncDecl(t.pos(), function(true, true)) : expressionStatement();
            case FUNC:
                return namedFunctionAhead(1) ? new Stmt.FuncDecl(t.pos(), function(true, true)) : expressionStatement();
            case ENUM:
                return enumDecl();
            case STRUCT:
                return structDecl();
            case IMPORT:
                in.advance();
                return new Stmt.Import(t.pos(), in.expectIdentifier("module name after 'import'").text());
            case FROM:
                return fromImport();
            case EXPORT:
                in.advance();
                return new Stmt.Export(t.pos(), statement());
            case RETURN:
                return returnStatement();
            case IF:
                return ifStatement();
            case WHILE: {
                in.advance();
                Expr condition = expressions.expression();
                return new Stmt.While(t.pos(), condition, block("while loop body"));
            }
            case LOOP:
                return loop();
            case FOR:
                return forLoop();
            case MATCH:
                return match();
            case TRY:
                return tryExcept();
            case SPAWN:
                in.advance();
                return new Stmt.Spawn(t.pos(), block("spawn block"));
            case TEST:
                return namedTest(Stmt.TestKind.TEST, "test");
            case TEST_GROUP:
                return namedTest(Stmt.TestKind.GROUP, "test_group");
            case TEST_SETUP:
                in.advance();
                return new Stmt.Test(t.pos(), Stmt.TestKind.SETUP, null, block("test_setup block"));
            case TEST_TEARDOWN:
                in.advance();
                return new Stmt.Test(t.pos(), Stmt.TestKind.TEARDOWN, null, block("test_teardown block"));
            case BREAK:
                in.advance();
                return new Stmt.Break(t.pos());
            case CONTINUE:
                in.advance();
                return new Stmt.Continue(t.pos());
            case LBRACKET:
            case LBRACE: {
                Stmt destructuring = tryDestructuring();
                return destructuring != null ? destructuring : expressionStatement();
            }
            case IDENT:
            case SELF:
                // `self.x := v` is accepted on purpose (upstream only allows identifier-led assignments)
                return assignmentOrExpression();
            case ELSE: case CASE: case DEFAULT: case IN: case EXCEPT: case IMPL:
                throw in.fail("Invalid statement");
            default:
                return expressionStatement();
        }
    }

    /** After {@code func} (at {@code offset}), is there {@code [*] IDENT}: a declaration, not an expression? */
    private boolean namedFunctionAhead(int offset) {
        if (in.checkAhead(offset, TokenType.STAR)) {
            offset++;
        }
        return in.checkAhead(offset, TokenType.IDENT);
    }

    private Stmt expressionStatement() {
        SourcePos pos = in.pos();
        return new Stmt.ExprStmt(pos, expressions.expression());
    }

    // ---------------------------------------------------------------- bindings and assignment

    private Stmt let(Stmt.DeclKind kind) {
        Token keyword = in.advance();
        Pattern pattern = pattern();
        TypeAnn type = types.optionalAnnotation();
        if (!in.match(TokenType.COLON_EQ) && !in.match(TokenType.EQ)) {
            throw in.fail("Expected assignment operator (':=' or '=') in let declaration but found "
                    + in.peek().debugString());
        }
        Expr value = expressions.expression();
        rejectChainedAssignment();
        return new Stmt.Let(keyword.pos(), kind, pattern, type, value, false);
    }

    private Stmt constDecl() {
        Token keyword = in.advance();
        Token name = in.expectIdentifier("constant name after 'const'");
        TypeAnn type = types.optionalAnnotation();
        if (!in.match(TokenType.COLON_EQ) && !in.match(TokenType.EQ)) {
            throw in.fail("Expected assignment operator (':=' or '=') in const declaration but found "
                    + in.peek().debugString());
        }
        Expr value = expressions.expression();
        rejectChainedAssignment();
        return new Stmt.Let(keyword.pos(), Stmt.DeclKind.CONST, new Pattern.Name(name.pos(), name.text()), type,
                value, false);
    }

    /** {@code [a, b] := x} / {@code {a, b} := d}; null (nothing consumed or reported) if it is not one. */
    private Stmt tryDestructuring() {
        int mark = in.mark();
        int reported = in.ctx.diagnostics.size();
        SourcePos pos = in.pos();
        Pattern pattern;
        try {
            pattern = pattern();
        } catch (ParseBailout bailout) {
            if (bailout.fatal) {
                throw bailout;
            }
            in.ctx.diagnostics.subList(reported, in.ctx.diagnostics.size()).clear();
            in.reset(mark);
            return null;
        }
        if (!in.match(TokenType.COLON_EQ) && !in.match(TokenType.EQ)) {
            in.reset(mark);
            return null;
        }
        Expr value = expressions.expression();
        rejectChainedAssignment();
        return new Stmt.Let(pos, Stmt.DeclKind.LET, pattern, null, value, true);
    }

    private Pattern pattern() {
        Token t = in.peek();
        if (t.is(TokenType.IDENT)) {
            in.advance();
            return t.text().equals("_") ? new Pattern.Wildcard(t.pos()) : new Pattern.Name(t.pos(), t.text());
        }
        if (!t.is(TokenType.LBRACKET) && !t.is(TokenType.LBRACE)) {
            throw in.fail("Expected variable name or pattern but found " + t.debugString());
        }
        ExpressionDepth.enter(in);
        try {
            return t.is(TokenType.LBRACKET) ? arrayPattern() : dictPattern();
        } finally {
            ExpressionDepth.exit(in);
        }
    }

    private Pattern arrayPattern() {
        Token open = in.advance();
        List<Pattern> elements = new ArrayList<>();
        while (!in.check(TokenType.RBRACKET)) {
            if (in.check(TokenType.ELLIPSIS)) {
                Token dots = in.advance();
                elements.add(new Pattern.Rest(dots.pos(), in.expectIdentifier("name after '...'").text()));
            } else {
                elements.add(pattern());
            }
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACKET, "to close array pattern");
        return new Pattern.ArrayPat(open.pos(), elements);
    }

    private Pattern dictPattern() {
        Token open = in.advance();
        List<Pattern.Name> keys = new ArrayList<>();
        Pattern.Name rest = null;
        while (!in.check(TokenType.RBRACE)) {
            if (in.check(TokenType.ELLIPSIS)) {
                in.advance();
                Token name = in.expectIdentifier("name after '...'");
                rest = new Pattern.Name(name.pos(), name.text());
            } else {
                Token name = in.expectIdentifier("key name in dict pattern");
                keys.add(new Pattern.Name(name.pos(), name.text()));
            }
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACE, "to close dict pattern");
        return new Pattern.DictPat(open.pos(), keys, rest);
    }

    private static BinaryOp compoundOperator(TokenType type) {
        switch (type) {
            case PLUS_EQ: return BinaryOp.ADD;
            case MINUS_EQ: return BinaryOp.SUB;
            case STAR_EQ: return BinaryOp.MUL;
            case SLASH_EQ: return BinaryOp.DIV;
            case PERCENT_EQ: return BinaryOp.MOD;
            default: return null;
        }
    }

    private static boolean isAssignmentOperator(TokenType type) {
        return type == TokenType.COLON_EQ || type == TokenType.EQ || compoundOperator(type) != null;
    }

    private Stmt assignmentOrExpression() {
        SourcePos pos = in.pos();
        Expr target = expressions.expression();
        if (!isAssignmentOperator(in.peek().type())) {
            return new Stmt.ExprStmt(pos, target);
        }
        if (!isAssignable(target)) {
            throw in.failAt("Invalid assignment target", target.pos());
        }
        BinaryOp compound = compoundOperator(in.advance().type());
        Expr value = expressions.expression();
        rejectChainedAssignment();
        if (compound != null) {
            value = new Expr.Binary(target.pos(), compound, target, value); // `a += b` is `a := a + b`
        }
        return new Stmt.Assign(pos, target, value);
    }

    private static boolean isAssignable(Expr target) {
        return target instanceof Expr.Ident
                || (target instanceof Expr.Field && !((Expr.Field) target).optional())
                || target instanceof Expr.Index;
    }

    private void rejectChainedAssignment() {
        if (isAssignmentOperator(in.peek().type())) {
            throw in.fail("Chained assignment is not supported; split the assignment into separate statements");
        }
    }

    // ---------------------------------------------------------------- declarations

    /**
     * {@code [async] func [*] [NAME] ( params ) [-> type] block}. Declarations and methods may name a
     * {@code self} parameter; function expressions may not (as upstream).
     */
    FunctionNode function(boolean named, boolean allowSelf) {
        Token start = in.peek();
        boolean isAsync = in.match(TokenType.ASYNC);
        if (isAsync && !in.check(TokenType.FUNC)) {
            throw in.fail("Expected 'func' after 'async'");
        }
        in.expect(TokenType.FUNC, "");
        boolean isGenerator = in.match(TokenType.STAR);
        String name = named ? in.expectIdentifier("function name").text() : null;
        in.expect(TokenType.LPAREN, "to start parameter list");
        List<Param> params = new ArrayList<>();
        while (!in.check(TokenType.RPAREN)) {
            Token p = in.peek();
            if (!p.is(TokenType.IDENT) && !(allowSelf && p.is(TokenType.SELF))) {
                throw in.fail("Expected parameter name but found " + p.debugString());
            }
            in.advance();
            params.add(new Param(p.pos(), p.text(), types.optionalAnnotation()));
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RPAREN, "to close parameter list");
        TypeAnn returnType = in.match(TokenType.ARROW) ? types.returnType() : null;
        Block body = block("function body");
        return new FunctionNode(start.pos(), name, params, returnType, body, isAsync, isGenerator);
    }

    private Stmt enumDecl() {
        Token keyword = in.advance();
        Token name = in.expectIdentifier("enum name after 'enum'");
        in.expect(TokenType.LBRACE, "to start enum body");
        List<String> variants = new ArrayList<>();
        while (!in.check(TokenType.RBRACE)) {
            variants.add(in.expectIdentifier("enum variant name").text());
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        in.expect(TokenType.RBRACE, "to close enum body");
        return new Stmt.EnumDecl(keyword.pos(), name.text(), variants);
    }

    /**
     * Members are methods ({@code [async] func ...}) and fields {@code NAME [: type] [= default] [,]};
     * any other token is skipped silently, as upstream does (e.g. a comma after a method).
     */
    private Stmt structDecl() {
        Token keyword = in.advance();
        Token name = in.expectIdentifier("struct name after 'struct'");
        in.expect(TokenType.LBRACE, "to start struct body");
        List<StructField> fields = new ArrayList<>();
        List<FunctionNode> methods = new ArrayList<>();
        while (!in.check(TokenType.RBRACE) && !in.atEnd()) {
            Token t = in.peek();
            if (t.is(TokenType.FUNC) || (t.is(TokenType.ASYNC) && in.checkAhead(1, TokenType.FUNC))) {
                methods.add(function(true, true));
            } else if (t.is(TokenType.IDENT)) {
                in.advance();
                TypeAnn type = types.optionalAnnotation();
                Expr defaultValue = null;
                if (in.match(TokenType.EQ) || in.match(TokenType.COLON_EQ)) {
                    defaultValue = expressions.expression();
                }
                in.match(TokenType.COMMA);
                fields.add(new StructField(t.pos(), t.text(), type, defaultValue));
            } else {
                in.advance();
            }
        }
        in.expect(TokenType.RBRACE, "to close struct body");
        return new Stmt.StructDecl(keyword.pos(), name.text(), fields, methods);
    }

    private Stmt fromImport() {
        Token keyword = in.advance();
        List<String> path = new ArrayList<>();
        path.add(in.expectIdentifier("module name after 'from'").text());
        while (in.match(TokenType.DOT)) {
            path.add(in.expectIdentifier("module name after '.'").text());
        }
        in.expect(TokenType.IMPORT, "after module path");
        List<String> names = new ArrayList<>();
        do {
            names.add(in.expectIdentifier("name to import").text());
        } while (in.match(TokenType.COMMA));
        return new Stmt.FromImport(keyword.pos(), path, names);
    }

    private Stmt namedTest(Stmt.TestKind kind, String keyword) {
        Token t = in.advance();
        if (!in.check(TokenType.STRING)) {
            throw in.fail("Expected test name string after '" + keyword + "' but found " + in.peek().debugString());
        }
        String name = (String) in.advance().value();
        return new Stmt.Test(t.pos(), kind, name, block(keyword + " block"));
    }

    // ---------------------------------------------------------------- control flow

    private Stmt returnStatement() {
        Token keyword = in.advance();
        boolean bare = in.check(TokenType.SEMICOLON) || in.check(TokenType.RBRACE) || in.atEnd();
        return new Stmt.Return(keyword.pos(), bare ? null : expressions.expression());
    }

    /** {@code if c {} else if d {} else {}}; the else-if chain is read in a loop so it never deepens recursion. */
    private Stmt ifStatement() {
        List<Token> keywords = new ArrayList<>();
        List<Expr> conditions = new ArrayList<>();
        List<Block> bodies = new ArrayList<>();
        Block elseBlock = null;
        while (true) {
            keywords.add(in.advance());
            conditions.add(expressions.expression());
            bodies.add(block("if block"));
            if (!in.match(TokenType.ELSE)) {
                break;
            }
            if (!in.check(TokenType.IF)) {
                elseBlock = block("else block");
                break;
            }
        }
        Stmt.If result = null;
        for (int i = keywords.size() - 1; i >= 0; i--) {
            SourcePos pos = keywords.get(i).pos();
            Block otherwise = result == null ? elseBlock : new Block(pos, List.of(result));
            result = new Stmt.If(pos, conditions.get(i), bodies.get(i), otherwise);
        }
        return result;
    }

    private Stmt loop() {
        Token keyword = in.advance();
        if (in.match(TokenType.WHILE)) {
            Expr condition = expressions.expression();
            return new Stmt.While(keyword.pos(), condition, block("loop body"));
        }
        return new Stmt.Loop(keyword.pos(), block("loop body"));
    }

    /** The iterable is a postfix expression only: {@code for x in a + b} needs parentheses. */
    private Stmt forLoop() {
        Token keyword = in.advance();
        Token variable = in.expectIdentifier("loop variable after 'for'");
        in.expect(TokenType.IN, "in for loop");
        Expr iterable;
        ExpressionDepth.enter(in);
        try {
            iterable = expressions.postfix();
        } finally {
            ExpressionDepth.exit(in);
        }
        return new Stmt.For(keyword.pos(), variable.text(), iterable, block("for loop body"));
    }

    /**
     * {@code case NAME[::NAME][(binding)] ANY block} and {@code default ANY block}: the token after the
     * pattern is meant to be {@code :} but is consumed blindly, as upstream.
     */
    private Stmt match() {
        Token keyword = in.advance();
        Expr subject = expressions.expression();
        in.expect(TokenType.LBRACE, "to start match body");
        List<MatchCase> cases = new ArrayList<>();
        Block defaultBody = null;
        while (!in.check(TokenType.RBRACE)) {
            Token t = in.peek();
            if (t.is(TokenType.CASE)) {
                in.advance();
                String pattern = in.expectIdentifier("pattern after 'case'").text();
                if (in.match(TokenType.COLON_COLON)) {
                    pattern += "::" + in.expectIdentifier("variant name after '::'").text();
                }
                String binding = null;
                if (in.match(TokenType.LPAREN)) {
                    binding = in.expectIdentifier("binding name in case pattern").text();
                    in.expect(TokenType.RPAREN, "to close case binding");
                }
                in.advance();
                cases.add(new MatchCase(t.pos(), pattern, binding, block("case body")));
            } else if (t.is(TokenType.DEFAULT)) {
                in.advance();
                in.advance();
                defaultBody = block("default case body");
            } else {
                throw in.fail("Expected 'case' or 'default' in match body but found " + t.debugString());
            }
        }
        in.advance();
        return new Stmt.Match(keyword.pos(), subject, cases, defaultBody);
    }

    private Stmt tryExcept() {
        Token keyword = in.advance();
        Block body = block("try block");
        in.expect(TokenType.EXCEPT, "after try block");
        if (!in.check(TokenType.IDENT)) {
            throw in.fail("Expected exception variable after 'except'");
        }
        String variable = in.advance().text();
        return new Stmt.TryExcept(keyword.pos(), body, variable, block("except block"));
    }
}
