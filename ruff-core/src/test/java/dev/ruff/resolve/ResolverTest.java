package dev.ruff.resolve;

import dev.ruff.lang.BindingKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.ast.Expr;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.Node;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.Diagnostic;
import dev.ruff.parse.RuffParser;
import dev.ruff.runtime.GlobalVar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static Resolution resolve(String source) {
        Program p = RuffParser.parse(source, "t.ruff");
        return Resolver.resolve(p);
    }

    /** Every identifier expression named {@code name}, in source order (a small AST search for tests). */
    private static List<Expr.Ident> identsNamed(Program p, String name) {
        List<Expr.Ident> found = new ArrayList<>();
        collect(p.statements(), name, found);
        return found;
    }

    private static void collect(Object node, String name, List<Expr.Ident> found) {
        if (node instanceof Expr.Ident id && id.name().equals(name)) {
            found.add(id);
        }
        if (node instanceof List<?> list) {
            list.forEach(n -> collect(n, name, found));
        } else if (node instanceof Record r) {
            for (var component : r.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(r), name, found);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static List<String> messages(Resolution r) {
        return r.diagnostics().stream().map(Diagnostic::message).collect(Collectors.toList());
    }

    @Test
    void topLevelNamesAreGlobals() {
        Resolution r = resolve("x := 1\nprint(x)");
        Expr.Ident use = identsNamed(r.program(), "x").get(0);
        assertEquals(new VarRef.Global("x"), r.ref(use));
        assertEquals(0, r.main().slotCount());
    }

    @Test
    void parametersTakeTheFirstSlots() {
        Resolution r = resolve("func f(a, b) { return b }");
        Expr.Ident b = identsNamed(r.program(), "b").get(0);
        VarRef.Local ref = assertInstanceOf(VarRef.Local.class, r.ref(b));
        assertEquals(1, ref.var().slot());
        FunctionNode f = ((Stmt.FuncDecl) r.program().statements().get(0)).function();
        assertEquals(2, r.function(f).params().size());
    }

    @Test
    void variableUsedByInnerFunctionIsCapturedAsUpvalue() {
        Resolution r = resolve("func outer() { mut n := 0\n inner := func() { return n }\n return inner }");
        List<Expr.Ident> uses = identsNamed(r.program(), "n");
        VarRef.Upvalue up = assertInstanceOf(VarRef.Upvalue.class, r.ref(uses.get(0)));
        assertEquals(0, up.index());
        FunctionNode outer = ((Stmt.FuncDecl) r.program().statements().get(0)).function();
        Stmt.Let let = (Stmt.Let) outer.body().statements().get(0);
        VarRef.Local declared = assertInstanceOf(VarRef.Local.class, r.ref(let.pattern()));
        assertTrue(declared.var().captured());
    }

    @Test
    void upvalueThreadsThroughIntermediateFunction() {
        Resolution r = resolve("""
                func a() {
                    mut v := 1
                    func b() {
                        func c() { return v }
                        return c
                    }
                    return b
                }
                """);
        FunctionNode a = ((Stmt.FuncDecl) r.program().statements().get(0)).function();
        FunctionNode b = ((Stmt.FuncDecl) a.body().statements().get(1)).function();
        FunctionNode c = ((Stmt.FuncDecl) b.body().statements().get(0)).function();
        UpvalueDesc inB = r.function(b).upvalues().get(0);
        UpvalueDesc inC = r.function(c).upvalues().get(0);
        assertTrue(inB.fromParentLocal());
        assertFalse(inC.fromParentLocal());
        assertEquals(0, inC.index());
    }

    @Test
    void plainAssignmentOfUnknownNameInFunctionIsDynamicLocal() {
        Resolution r = resolve("func f() { count := 1\n return count }");
        List<Expr.Ident> uses = identsNamed(r.program(), "count");
        VarRef.Local target = assertInstanceOf(VarRef.Local.class, r.ref(uses.get(0)));
        assertTrue(target.var().dynamic());
        assertEquals(target, r.ref(uses.get(1)));
    }

    @Test
    void valueIsResolvedBeforeTheNameItCreates() {
        Resolution r = resolve("func f() { count := count + 1 }");
        List<Expr.Ident> uses = identsNamed(r.program(), "count");
        // uses: [target, operand]; the operand still means the global
        assertEquals(new VarRef.Global("count"), r.ref(uses.get(1)));
    }

    @Test
    void reassigningLetIsRecordedAsBindingError() {
        Resolution r = resolve("func f() { let x := 1\n x := 2 }");
        FunctionNode f = ((Stmt.FuncDecl) r.program().statements().get(0)).function();
        Node assign = f.body().statements().get(1);
        assertEquals("Cannot reassign immutable let binding: x", r.bindingError(assign));
    }

    @Test
    void mutatingThroughConstIsRecorded() {
        Resolution r = resolve("func f() { const xs := [1]\n xs[0] := 2 }");
        assertEquals(List.of("Cannot mutate const binding: xs"), messages(r));
    }

    @Test
    void duplicateDeclarationInSameScopeIsRecordedButNotAcrossScopes() {
        assertEquals(List.of("Duplicate declaration in the same scope: a"),
                messages(resolve("func f() { let a := 1\n let a := 2 }")));
        assertEquals(List.of(), messages(resolve("func f() { let a := 1\n if true { let a := 2 } }")));
    }

    @Test
    void topLevelDuplicatesOfNamesBoundByEarlierStatementsAreRecorded() {
        assertEquals(List.of("Duplicate declaration in the same scope: a"),
                messages(resolve("let a := 1\nlet a := 4\nprint(a)")));
        assertEquals(List.of("Duplicate declaration in the same scope: b", "Duplicate declaration in the same scope: f"),
                messages(resolve("b := 1\nmut b := 2\nconst f := 3\nfunc f() { return 1 }")));
        // a block's own declaration shadows; a name only assigned in a block is not a global for certain
        assertEquals(List.of(), messages(resolve("let a := 1\nif true { let a := 2 }\nif true { c := 1 }\nlet c := 2")));
    }

    @Test
    void moduleLevelBlocksAssigningAnEarlierGlobalUpdateIt() {
        Resolution r = resolve("total := 0\nfor k in [1] { if k > 0 { extra := k }\ntotal := total + k }");
        for (Expr.Ident id : identsNamed(r.program(), "total")) {
            assertInstanceOf(VarRef.Global.class, r.ref(id));
        }
        assertEquals(List.of("Cannot reassign immutable let binding: t"),
                messages(resolve("let t := 0\nfor k in [1] { t := k }")));
    }

    @Test
    void parameterAndBodyLetShareAScope() {
        assertEquals(List.of("Duplicate declaration in the same scope: p"),
                messages(resolve("func f(p) { let p := 2 }")));
    }

    @Test
    void breakAndContinueOutsideLoopsAreRecorded() {
        assertEquals(List.of("break can only be used inside a loop", "continue can only be used inside a loop"),
                messages(resolve("break\nfunc f() { continue }")));
        assertEquals(List.of(), messages(resolve("while true { break }")));
    }

    @Test
    void breakInsideFunctionInsideLoopIsStillOutsideALoop() {
        assertEquals(List.of("break can only be used inside a loop"),
                messages(resolve("while true { f := func() { break } }")));
    }

    @Test
    void forVariableLivesInTheBodyScopeRange() {
        Resolution r = resolve("for i in range(3) { let j := i }");
        Stmt.For loop = (Stmt.For) r.program().statements().get(0);
        VarRef.Local i = assertInstanceOf(VarRef.Local.class, r.ref(loop));
        BlockInfo body = r.block(loop.body());
        assertEquals(i.var().slot(), body.firstSlot());
        assertEquals(2, body.endSlot() - body.firstSlot());
        assertEquals(2, r.main().slotCount());
    }

    @Test
    void slotsOfSiblingBlocksAreReused() {
        Resolution r = resolve("func f() { if true { let a := 1 } else { let b := 2 } }");
        FunctionNode f = ((Stmt.FuncDecl) r.program().statements().get(0)).function();
        assertEquals(1, r.function(f).slotCount());
    }

    @Test
    void legacyMethodGetsDeclaredFieldsAsLocals() {
        Resolution r = resolve("struct P { x, y, func sum() { return x + y } }");
        Stmt.StructDecl sd = (Stmt.StructDecl) r.program().statements().get(0);
        FunctionInfo info = r.function(sd.methods().get(0));
        assertEquals(List.of("x", "y"), List.copyOf(info.fieldLocals().keySet()));
        assertEquals("P.sum", info.name());
    }

    @Test
    void explicitSelfMethodHasNoFieldLocals() {
        Resolution r = resolve("struct P { x, func get(self) { return self.x } }");
        Stmt.StructDecl sd = (Stmt.StructDecl) r.program().statements().get(0);
        assertTrue(r.function(sd.methods().get(0)).fieldLocals().isEmpty());
    }

    @Test
    void matchBindingAtTopLevelIsAGlobal() {
        Resolution r = resolve("match Ok(1) { case Ok(v): { print(v) } }");
        Stmt.Match m = (Stmt.Match) r.program().statements().get(0);
        assertEquals(new VarRef.Global("v"), r.ref(m.cases().get(0)));
    }

    @Test
    void letKindIsKeptOnLocals() {
        Resolution r = resolve("func f() { const k := 1\n return k }");
        Expr.Ident k = identsNamed(r.program(), "k").get(0);
        assertEquals(BindingKind.CONST, ((VarRef.Local) r.ref(k)).var().kind());
    }

    @Test
    void cleanProgramHasNoBindingErrors() {
        Resolution r = resolve("mut x := 1\nx := 2\nfunc f(a) { return a }");
        assertNull(r.bindingError(r.program().statements().get(1)));
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void reassigningEarlierTopLevelLetIsRecorded() {
        assertEquals(List.of("Cannot reassign immutable let binding: x", "Cannot mutate const binding: k"),
                messages(resolve("let x := 1\nx = 2\nconst k := [1]\nk[0] := 2\nmut m := 1\nm := 2")));
    }

    @Test
    void topLevelAssignmentBeforeTheLetIsNotAnError() {
        assertEquals(List.of(), messages(resolve("x := 1\nfunc f() { x := 3 }\nlet y := 2")));
    }
}
