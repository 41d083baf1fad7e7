package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import java.util.List;

/** Statement nodes. */
public sealed interface Stmt extends Node {

    enum DeclKind { LET, MUT, CONST }

    /**
     * {@code let/mut/const pattern := value}; a statement starting with {@code [} or {@code {} that
     * destructures is a {@code LET} with {@code implicit == true}.
     */
    record Let(SourcePos pos, DeclKind kind, Pattern pattern, TypeAnn type, Expr value, boolean implicit)
            implements Stmt {}

    /** {@code target := value}; target is an {@link Expr.Ident}, {@link Expr.Field} or {@link Expr.Index}. */
    record Assign(SourcePos pos, Expr target, Expr value) implements Stmt {}

    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {}

    /** A named function declaration; top-level ones are hoisted. */
    record FuncDecl(SourcePos pos, FunctionNode function) implements Stmt {
        public String name() {
            return function.name();
        }
    }

    record EnumDecl(SourcePos pos, String name, List<String> variants) implements Stmt {
        public EnumDecl {
            variants = List.copyOf(variants);
        }
    }

    record StructDecl(SourcePos pos, String name, List<StructField> fields, List<FunctionNode> methods)
            implements Stmt {
        public StructDecl {
            fields = List.copyOf(fields);
            methods = List.copyOf(methods);
        }
    }

    /** {@code import name}. */
    record Import(SourcePos pos, String module) implements Stmt {}

    /** {@code from a.b.c import x, y}. */
    record FromImport(SourcePos pos, List<String> modulePath, List<String> names) implements Stmt {
        public FromImport {
            modulePath = List.copyOf(modulePath);
            names = List.copyOf(names);
        }
    }

    /** {@code export <declaration>}. */
    record Export(SourcePos pos, Stmt declaration) implements Stmt {}

    record Return(SourcePos pos, Expr value) implements Stmt {}

    /** {@code else if} is an else block holding one {@code If}; {@code elseBlock} may be {@code null}. */
    record If(SourcePos pos, Expr condition, Block thenBlock, Block elseBlock) implements Stmt {}

    /** {@code while c {}} and {@code loop while c {}}. */
    record While(SourcePos pos, Expr condition, Block body) implements Stmt {}

    /** {@code loop {}}. */
    record Loop(SourcePos pos, Block body) implements Stmt {}

    record For(SourcePos pos, String variable, Expr iterable, Block body) implements Stmt {}

    /** {@code defaultBody} may be {@code null}. */
    record Match(SourcePos pos, Expr subject, List<MatchCase> cases, Block defaultBody) implements Stmt {
        public Match {
            cases = List.copyOf(cases);
        }
    }

    record TryExcept(SourcePos pos, Block body, String errorVariable, Block handler) implements Stmt {}

    record Spawn(SourcePos pos, Block body) implements Stmt {}

    enum TestKind { TEST, GROUP, SETUP, TEARDOWN }

    /** {@code test "name" {}}, {@code test_group "name" {}}, {@code test_setup {}}, {@code test_teardown {}}. */
    record Test(SourcePos pos, TestKind kind, String name, Block body) implements Stmt {}

    record Break(SourcePos pos) implements Stmt {}

    record Continue(SourcePos pos) implements Stmt {}
}
