package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.SourcePos;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    private static List<Stmt> parse(String source) {
        return RuffParser.parse(source, "s.ruff").statements();
    }

    /** Shapes of all top-level statements, one per line. */
    private static String shapes(String source) {
        return parse(source).stream().map(AstShape::of).collect(Collectors.joining("\n"));
    }

    @Test
    void letMutConstWithBothAssignmentOperatorsAndTypes() {
        assertEquals("(Let LET (Name \"x\") null (IntLit 5) false)\n"
                        + "(Let MUT (Name \"y\") (TypeAnn \"int\") (IntLit 1) false)\n"
                        + "(Let CONST (Name \"Z\") (TypeAnn \"Result<int, string>\") (Wrap OK (IntLit 1)) false)\n"
                        + "(Let LET (Name \"o\") (TypeAnn \"Option<T>\") (NoneLit) false)",
                shapes("let x = 5\nmut y: int := 1\nconst Z: Result<int, string> := Ok(1)\nlet o: Option<T> = None"));
    }

    @Test
    void letDestructuringPatternsWithRestAndWildcard() {
        assertEquals("(Let LET (ArrayPat [(Name \"a\") (ArrayPat [(Name \"b\") (Wildcard)]) (Rest \"r\")]) null (Ident \"x\") false)",
                shapes("let [a, [b, _], ...r] := x"));
        assertEquals("(Let MUT (DictPat [(Name \"n\") (Name \"age\")] (Name \"rest\")) null (Ident \"d\") false)",
                shapes("mut {n, age, ...rest} := d"));
    }

    @Test
    void statementStartingWithBracketDestructuresImplicitly() {
        assertEquals("(Let LET (ArrayPat [(Name \"a\") (Name \"b\")]) null (Ident \"x\") true)\n"
                        + "(Let LET (DictPat [(Name \"a\") (Name \"b\")] null) null (Ident \"d\") true)",
                shapes("[a, b] := x\n{a, b} = d"));
    }

    @Test
    void bracketStatementThatIsNoPatternIsAnExpression() {
        assertEquals("(ExprStmt (ArrayLit [(IntLit 1) (IntLit 2)]))\n(ExprStmt (Index (ArrayLit [(Ident \"a\")]) (IntLit 0)))",
                shapes("[1, 2]; [a][0]"));
        // without a separator a line starting with `[` continues the previous expression
        assertEquals("(ExprStmt (Index (ArrayLit [(IntLit 1)]) (Ident \"a\")))", shapes("[1]\n[a]"));
    }

    @Test
    void assignmentToNamesFieldsAndIndexes() {
        assertEquals("(Assign (Ident \"x\") (IntLit 1))\n(Assign (Ident \"x\") (IntLit 2))\n"
                        + "(Assign (Field (Ident \"p\") \"x\" false) (IntLit 3))\n"
                        + "(Assign (Field (Index (Ident \"arr\") (IntLit 0)) \"f\" false) (IntLit 4))",
                shapes("x := 1; x = 2\np.x := 3\narr[0].f := 4"));
    }

    @Test
    void compoundAssignmentDesugarsToBinaryOnTheTarget() {
        assertEquals("(Assign (Ident \"a\") (Binary ADD (Ident \"a\") (Ident \"b\")))\n"
                        + "(Assign (Index (Ident \"m\") (StringLit \"k\")) (Binary MOD (Index (Ident \"m\") (StringLit \"k\")) (IntLit 2)))",
                shapes("a += b\nm[\"k\"] %= 2"));
    }

    @Test
    void assignmentThroughSelfIsAcceptedAsFieldWrite() {
        assertEquals("(Assign (Field (Ident \"self\") \"x\" false) (IntLit 1))", shapes("self.x := 1"));
    }

    @Test
    void newlinesAreNotSeparators() {
        assertEquals("(Assign (Ident \"x\") (Binary SUB (IntLit 1) (IntLit 2)))", shapes("x := 1\n-2"));
        Stmt.FuncDecl f = (Stmt.FuncDecl) parse("func f() { return\n v }").get(0);
        assertEquals("[(Return (Ident \"v\"))]", AstShape.of(f.function().body().statements()));
    }

    @Test
    void bareReturnBeforeBraceOrSemicolon() {
        Stmt.FuncDecl f = (Stmt.FuncDecl) parse("func f() { return; return }").get(0);
        assertEquals("[(Return null) (Return null)]", AstShape.of(f.function().body().statements()));
    }

    @Test
    void functionDeclarationsWithTypesAsyncAndGenerator() {
        assertEquals("(FuncDecl (FunctionNode \"add\" [(Param \"a\" (TypeAnn \"int\")) (Param \"b\" null)] (TypeAnn \"int\")"
                        + " (Block [(Return (Binary ADD (Ident \"a\") (Ident \"b\")))]) false false))",
                shapes("func add(a: int, b) -> int { return a + b }"));
        Stmt.FuncDecl async = (Stmt.FuncDecl) parse("async func load() { return await fetch() }").get(0);
        assertTrue(async.function().isAsync());
        Stmt.FuncDecl gen = (Stmt.FuncDecl) parse("func* count(n) { yield n }").get(0);
        assertTrue(gen.function().isGenerator());
        assertEquals("count", gen.name());
    }

    @Test
    void structWithTypedFieldsDefaultsAndMethods() {
        Stmt.StructDecl s = (Stmt.StructDecl) parse("struct P {\n x: int = 0,\n y: float\n label\n"
                + " func len2(self) { return self.x * self.x },\n async func later() {}\n func* gen() {}\n}").get(0);
        assertEquals("[(StructField \"x\" (TypeAnn \"int\") (IntLit 0)) (StructField \"y\" (TypeAnn \"float\") null)"
                + " (StructField \"label\" null null)]", AstShape.of(s.fields()));
        assertEquals(List.of("len2", "later", "gen"), s.methods().stream().map(m -> m.name()).collect(Collectors.toList()));
        assertTrue(s.methods().get(0).hasSelfParam());
        assertTrue(s.methods().get(1).isAsync());
        assertTrue(s.methods().get(2).isGenerator());
    }

    @Test
    void enumImportsAndExports() {
        assertEquals("(EnumDecl \"Color\" [\"Red\" \"Green\"])\n(Import \"math\")\n"
                        + "(FromImport [\"a\" \"b\"] [\"x\" \"y\"])\n"
                        + "(Export (Let CONST (Name \"K\") null (IntLit 1) false))",
                shapes("enum Color { Red, Green, }\nimport math\nfrom a.b import x, y\nexport const K := 1"));
    }

    @Test
    void elseIfChainsNestAsElseBlocksHoldingOneIf() {
        assertEquals("(If (Ident \"a\") (Block [(Break)]) (Block [(If (Ident \"b\") (Block [(Continue)]) (Block []))]))",
                shapes("if a { break } else if b { continue } else { }"));
    }

    @Test
    void loopsOfEveryKind() {
        assertEquals("(While (Ident \"c\") (Block [(Break)]))\n(Loop (Block [(Break)]))\n"
                        + "(While (Ident \"c\") (Block [(Break)]))\n"
                        + "(For \"i\" (Call (Ident \"range\") [(IntLit 0) (IntLit 5)]) (Block [(ExprStmt (Ident \"i\"))]))",
                shapes("while c { break }\nloop { break }\nloop while c { break }\nfor i in range(0, 5) { i }"));
    }

    @Test
    void forIterableIsOnlyAPostfixExpression() {
        List<Stmt> ok = parse("for k in obj.items { k }");
        assertEquals("(Field (Ident \"obj\") \"items\" false)", AstShape.of(((Stmt.For) ok.get(0)).iterable()));
    }

    @Test
    void matchCasesWithQualifiedPatternsBindingsAndDefault() {
        assertEquals("(Match (Ident \"v\") [(MatchCase \"Ok\" \"x\" (Block [(ExprStmt (Ident \"x\"))]))"
                        + " (MatchCase \"Result::Err\" \"e\" (Block []))"
                        + " (MatchCase \"Color::Red\" null (Block []))"
                        + " (MatchCase \"red\" null (Block []))] (Block [(ExprStmt (IntLit 0))]))",
                shapes("match v {\n case Ok(x): { x }\n case Result::Err(e): {}\n case Color::Red: {}\n"
                        + " case red: {}\n default: { 0 }\n}"));
    }

    @Test
    void tryExceptSpawnAndTestBlocks() {
        assertEquals("(TryExcept (Block [(ExprStmt (Call (Ident \"f\") []))]) \"e\" (Block []))\n"
                        + "(Spawn (Block []))\n(Test TEST \"adds\" (Block []))\n(Test GROUP \"g\" (Block []))\n"
                        + "(Test SETUP null (Block []))\n(Test TEARDOWN null (Block []))",
                shapes("try { f() } except e { }\nspawn { }\ntest \"adds\" { }\ntest_group \"g\" {}\n"
                        + "test_setup {}\ntest_teardown {}"));
    }

    @Test
    void semicolonsAreOptionalSeparators() {
        assertEquals(3, parse(";;a;b c;;").size());
    }

    @Test
    void statementPositionsAreFirstTokenColumns() {
        Program p = RuffParser.parse("x := 1\n\tlet y := 2\r\n  if y { y }\r  f()", "pos.ruff");
        assertEquals(new SourcePos("pos.ruff", 1, 1), p.statements().get(0).pos());
        assertEquals(new SourcePos("pos.ruff", 2, 2), p.statements().get(1).pos());
        assertEquals(new SourcePos("pos.ruff", 3, 3), p.statements().get(2).pos());
        assertEquals(new SourcePos("pos.ruff", 4, 3), p.statements().get(3).pos());
        Stmt.Let let = (Stmt.Let) p.statements().get(1);
        assertEquals(new SourcePos("pos.ruff", 2, 6), let.pattern().pos());
        assertEquals(new SourcePos("pos.ruff", 2, 11), let.value().pos());
    }
}
