package dev.ruff.ast;

import dev.ruff.lang.BindingKind;
import dev.ruff.diag.SourcePos;
import java.util.List;

/** Statement nodes. */
public sealed interface Stmt extends Node {

    /** One method per node kind; a pass over statements implements it. */
    interface Visitor<R> {
        R visitLet(Let node);

        R visitStructDecl(StructDecl node);

        R visitAssign(Assign node);

        R visitExprStmt(ExprStmt node);

        R visitFuncDecl(FuncDecl node);

        R visitEnumDecl(EnumDecl node);

        R visitImport(Import node);

        R visitFromImport(FromImport node);

        R visitExport(Export node);

        R visitReturn(Return node);

        R visitIf(If node);

        R visitWhile(While node);

        R visitLoop(Loop node);

        R visitFor(For node);

        R visitMatch(Match node);

        R visitTryExcept(TryExcept node);

        R visitSpawn(Spawn node);

        R visitTest(Test node);

        R visitBreak(Break node);

        R visitContinue(Continue node);
    }

    /** Double dispatch to {@code v}. */
    <R> R accept(Visitor<R> v);

    enum DeclKind {
        LET, MUT, CONST;

        /** The binding kind a declaration of this kind creates. */
        public BindingKind bindingKind() {
            switch (this) {
                case LET:
                    return BindingKind.LET;
                case CONST:
                    return BindingKind.CONST;
                default:
                    return BindingKind.MUT;
            }
        }
    }

    /**
     * {@code let/mut/const pattern := value}; a statement starting with {@code [} or {@code {} that
     * destructures is a {@code LET} with {@code implicit == true}.
     */
    record Let(SourcePos pos, DeclKind kind, Pattern pattern, TypeAnn type, Expr value, boolean implicit)
            implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLet(this);
        }
    }

    /** {@code target := value}; target is an {@link Expr.Ident}, {@link Expr.Field} or {@link Expr.Index}. */
    record Assign(SourcePos pos, Expr target, Expr value) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAssign(this);
        }
    }

    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExprStmt(this);
        }
    }

    /** A named function declaration; top-level ones are hoisted. */
    record FuncDecl(SourcePos pos, FunctionNode function) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFuncDecl(this);
        }

        public String name() {
            return function.name();
        }
    }

    record EnumDecl(SourcePos pos, String name, List<String> variants) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitEnumDecl(this);
        }

        public EnumDecl {
            variants = List.copyOf(variants);
        }
    }

    record StructDecl(SourcePos pos, String name, List<StructField> fields, List<FunctionNode> methods)
            implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStructDecl(this);
        }

        public StructDecl {
            fields = List.copyOf(fields);
            methods = List.copyOf(methods);
        }
    }

    /** {@code import name}. */
    record Import(SourcePos pos, String module) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }

    /** {@code from a.b.c import x, y}. */
    record FromImport(SourcePos pos, List<String> modulePath, List<String> names) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFromImport(this);
        }

        public FromImport {
            modulePath = List.copyOf(modulePath);
            names = List.copyOf(names);
        }
    }

    /** {@code export <declaration>}. */
    record Export(SourcePos pos, Stmt declaration) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExport(this);
        }
    }

    record Return(SourcePos pos, Expr value) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitReturn(this);
        }
    }

    /** {@code else if} is an else block holding one {@code If}; {@code elseBlock} may be {@code null}. */
    record If(SourcePos pos, Expr condition, Block thenBlock, Block elseBlock) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIf(this);
        }
    }

    /** {@code while c {}} and {@code loop while c {}}. */
    record While(SourcePos pos, Expr condition, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWhile(this);
        }
    }

    /** {@code loop {}}. */
    record Loop(SourcePos pos, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLoop(this);
        }
    }

    record For(SourcePos pos, String variable, Expr iterable, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFor(this);
        }
    }

    /** {@code defaultBody} may be {@code null}. */
    record Match(SourcePos pos, Expr subject, List<MatchCase> cases, Block defaultBody) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitMatch(this);
        }

        public Match {
            cases = List.copyOf(cases);
        }
    }

    record TryExcept(SourcePos pos, Block body, String errorVariable, Block handler) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTryExcept(this);
        }
    }

    record Spawn(SourcePos pos, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSpawn(this);
        }
    }

    enum TestKind { TEST, GROUP, SETUP, TEARDOWN }

    /** {@code test "name" {}}, {@code test_group "name" {}}, {@code test_setup {}}, {@code test_teardown {}}. */
    record Test(SourcePos pos, TestKind kind, String name, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTest(this);
        }
    }

    record Break(SourcePos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBreak(this);
        }
    }

    record Continue(SourcePos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitContinue(this);
        }
    }
}
