package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.ast.Expr;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.diag.SourcePos;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static String shape(String source) {
        return AstShape.of(RuffParser.parseExpression(source, "t.ruff"));
    }

    private static String firstError(String source) {
        RuffSyntaxError e = assertThrows(RuffSyntaxError.class, () -> RuffParser.parse(source, "t.ruff"));
        return e.diagnostics().get(0).message();
    }

    @Test
    void unaryMinusBindsTighterThanMultiply() {
        assertEquals("(Binary MUL (Unary NEG (IntLit 2)) (IntLit 3))", shape("-2 * 3"));
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndBothAreLeftAssociative() {
        assertEquals("(Binary SUB (Binary ADD (IntLit 1) (Binary MUL (IntLit 2) (IntLit 3))) (IntLit 4))",
                shape("1 + 2 * 3 - 4"));
        assertEquals("(Binary DIV (Binary MUL (IntLit 8) (IntLit 2)) (IntLit 4))", shape("8 * 2 / 4"));
    }

    @Test
    void comparisonBindsTighterThanEqualityWhichBindsTighterThanLogic() {
        assertEquals("(Logical OR (Logical AND (Binary EQ (Binary LT (Ident \"a\") (Ident \"b\")) (BoolLit true))"
                        + " (Ident \"c\")) (Ident \"d\"))",
                shape("a < b == true && c || d"));
    }

    @Test
    void coalesceBindsLooserThanOrAndPipeLoosestOfAll() {
        assertEquals("(Call (Ident \"f\") [(Logical COALESCE (Logical OR (Ident \"a\") (Ident \"b\")) (Ident \"c\"))])",
                shape("a || b ?? c |> f"));
    }

    @Test
    void chainedComparisonParsesLeftAssociative() {
        assertEquals("(Binary LT (Binary LT (Ident \"a\") (Ident \"b\")) (Ident \"c\"))", shape("a < b < c"));
    }

    @Test
    void nestedUnaryOperatorsParse() {
        assertEquals("(Unary NEG (Unary NEG (IntLit 5)))", shape("--5"));
        assertEquals("(Unary NOT (Unary NOT (Ident \"b\")))", shape("!!b"));
    }

    @Test
    void pipeIntoBareFunctionBecomesCallWithValueAsOnlyArgument() {
        assertEquals("(Call (Ident \"f\") [(Ident \"x\")])", shape("x |> f"));
    }

    @Test
    void pipeIntoCallPrependsValueToArguments() {
        assertEquals("(Call (Ident \"f\") [(Ident \"x\") (Ident \"a\") (Ident \"b\")])", shape("x |> f(a, b)"));
    }

    @Test
    void pipeIntoMethodCallPrependsValueToMethodArguments() {
        assertEquals("(MethodCall (Ident \"obj\") \"m\" [(Ident \"x\") (Ident \"a\")])", shape("x |> obj.m(a)"));
    }

    @Test
    void pipeChainsAreLeftAssociative() {
        assertEquals("(Call (Ident \"square\") [(Call (Ident \"add_ten\") [(Call (Ident \"double\") [(IntLit 3)])])])",
                shape("3 |> double |> add_ten |> square"));
    }

    @Test
    void dotFollowedByParenthesesIsMethodCallOtherwiseField() {
        assertEquals("(MethodCall (Ident \"p\") \"len\" [(IntLit 1)])", shape("p.len(1)"));
        assertEquals("(Field (Ident \"p\") \"x\" false)", shape("p.x"));
        assertEquals("(Call (Ident \"f\") [(Ident \"a\") (Ident \"b\")])", shape("f(a, b,)"));
        assertEquals("(Index (Field (Ident \"self\") \"items\" false) (IntLit 0))", shape("self.items[0]"));
    }

    @Test
    void optionalFieldAndPostfixTryParse() {
        assertEquals("(Field (Ident \"a\") \"b\" true)", shape("a?.b"));
        assertEquals("(Try (Call (Ident \"f\") []))", shape("f()?"));
        assertEquals("(Logical COALESCE (Field (Ident \"a\") \"b\" true) (IntLit 1))", shape("a?.b ?? 1"));
    }

    @Test
    void structLiteralNeedsFieldColonOrEmptyBraces() {
        assertEquals("(StructLit \"Point\" [(FieldInit \"x\" (IntLit 1)) (FieldInit \"y\" (Binary ADD (IntLit 2) (IntLit 3)))])",
                shape("Point { x: 1, y: 2 + 3, }"));
        assertEquals("(StructLit \"Empty\" [])", shape("Empty {}"));
        assertEquals("(Field (StructLit \"P\" [(FieldInit \"x\" (IntLit 1))]) \"x\" false)", shape("P { x: 1 }.x"));
    }

    @Test
    void braceAfterIdentifierIsNotStructLiteralWhenBodyIsStatements() {
        Stmt s = RuffParser.parse("while running { x := 1 }", "t.ruff").statements().get(0);
        assertEquals("(While (Ident \"running\") (Block [(Assign (Ident \"x\") (IntLit 1))]))", AstShape.of(s));
    }

    @Test
    void emptyBodyAfterBareIdentifierIsMisparsedAsStructLiteralAsUpstream() {
        assertEquals("Expected '{' to start while loop body but found Eof", firstError("while running {}"));
    }

    @Test
    void enumTagWithAndWithoutPayload() {
        assertEquals("(EnumTag \"Color\" \"Red\" [])", shape("Color::Red"));
        assertEquals("(EnumTag \"Shape\" \"Circle\" [(FloatLit 1.5) (IntLit 2)])", shape("Shape::Circle(1.5, 2)"));
    }

    @Test
    void enumTagOnlyAtStartOfFullExpression() {
        assertEquals("Expected ')' to close function call arguments but found Operator(\"::\")",
                firstError("print(x == Color::Red)"));
        assertEquals("(Binary EQ (Ident \"x\") (EnumTag \"Color\" \"Red\" []))", shape("x == (Color::Red)"));
    }

    @Test
    void resultAndOptionConstructors() {
        assertEquals("[(Wrap OK (IntLit 1)) (Wrap ERR (StringLit \"e\")) (Wrap SOME (Ident \"x\")) (NoneLit)]",
                AstShape.of(((Expr.ArrayLit) RuffParser.parseExpression("[Ok(1), Err(\"e\"), Some(x), None]", "t"))
                        .elements()));
    }

    @Test
    void throwIsSpecialOnlyWhenFollowedByParenthesis() {
        assertEquals("(Throw [(StringLit \"boom\")])", shape("throw(\"boom\")"));
        assertEquals("(Ident \"throw\")", shape("throw"));
    }

    @Test
    void arrayAndDictLiteralsWithSpread() {
        assertEquals("(ArrayLit [(IntLit 0) (Spread (Ident \"xs\")) (IntLit 9)])", shape("[0, ...xs, 9,]"));
        assertEquals("(DictLit [(DictEntry null (Ident \"d\")) (DictEntry (StringLit \"k\") (IntLit 1))])",
                shape("{...d, \"k\": 1}"));
        assertEquals("(DictLit [(DictEntry (Ident \"name\") (IntLit 1))])", shape("{name: 1}"));
    }

    @Test
    void literalElementsAreParsedAtEqualityLevel() {
        assertEquals("Expected ']' to close array literal but found Operator(\"&&\")", firstError("x := [a && b]"));
        assertEquals("(ArrayLit [(Logical AND (Ident \"a\") (Ident \"b\"))])", shape("[(a && b)]"));
        assertEquals("(ArrayLit [(Binary EQ (Ident \"a\") (Ident \"b\"))])", shape("[a == b]"));
    }

    @Test
    void interpolationReparsesNestedStringLiteral() {
        assertEquals("(Interpolated [(StringLit \"n=\") (Call (Ident \"len\") [(StringLit \"abc\")]) (StringLit \"!\")])",
                shape("\"n=${len(\"abc\")}!\""));
    }

    @Test
    void interpolatedExpressionPositionsPointIntoTheFile() {
        Expr.Interpolated s = (Expr.Interpolated) RuffParser.parseExpression("\n  \"ab${x + y}\"", "f.ruff");
        Expr.Binary sum = (Expr.Binary) s.parts().get(1);
        assertEquals(new SourcePos("f.ruff", 2, 8), sum.pos());
        assertEquals(new SourcePos("f.ruff", 2, 12), sum.right().pos());
    }

    @Test
    void interpolationWithLeftoverTokensIsReported() {
        assertEquals("Invalid interpolated string expression", firstError("print(\"${a b}\")"));
    }

    @Test
    void escapedDollarIsLiteralText() {
        assertEquals("(StringLit \"${x}\")", shape("\"\\${x}\""));
    }

    @Test
    void awaitTakesAFullExpression() {
        assertEquals("(Await (Binary ADD (Ident \"a\") (Ident \"b\")))", shape("await a + b"));
    }

    @Test
    void functionExpressionsIncludingAsyncAndGenerator() {
        assertEquals("(FuncExpr (FunctionNode null [(Param \"x\" (TypeAnn \"int\"))] (TypeAnn \"int\")"
                + " (Block [(Return (Ident \"x\"))]) false false))", shape("func(x: int) -> int { return x }"));
        Expr.FuncExpr async = (Expr.FuncExpr) RuffParser.parseExpression("async func() { await p }", "t");
        assertEquals(true, async.function().isAsync());
        Expr.FuncExpr gen = (Expr.FuncExpr) RuffParser.parseExpression("func*() { yield 1; yield }", "t");
        assertEquals("(Block [(ExprStmt (Yield (IntLit 1))) (ExprStmt (Yield null))])", AstShape.of(gen.function().body()));
        assertEquals(true, gen.function().isGenerator());
    }

    @Test
    void functionExpressionRejectsSelfParameter() {
        assertEquals("Expected parameter name but found Keyword(\"self\")", firstError("f := func(self) { }"));
    }

    @Test
    void nodesCarryThePositionOfTheirFirstToken() {
        Expr e = RuffParser.parseExpression("  (a + b) * c", "p.ruff");
        assertInstanceOf(Expr.Binary.class, e);
        assertEquals(new SourcePos("p.ruff", 1, 3), e.pos());
        assertEquals(new SourcePos("p.ruff", 1, 4), ((Expr.Binary) e).left().pos());
        Expr call = RuffParser.parseExpression("obj.m(1)", "p.ruff");
        assertEquals(new SourcePos("p.ruff", 1, 1), call.pos());
        assertEquals(new SourcePos("p.ruff", 1, 7), ((Expr.MethodCall) call).args().get(0).pos());
    }
}
