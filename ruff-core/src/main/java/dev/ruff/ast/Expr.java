package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import dev.ruff.lang.BinaryOp;
import dev.ruff.lang.UnaryOp;
import java.util.List;

/** Expression nodes. Compound assignment and pipes are desugared by the parser into these forms. */
public sealed interface Expr extends Node {

    /** One method per node kind; a pass over expressions implements it. */
    interface Visitor<R> {
        R visitIntLit(IntLit node);

        R visitFloatLit(FloatLit node);

        R visitStringLit(StringLit node);

        R visitBoolLit(BoolLit node);

        R visitNullLit(NullLit node);

        R visitInterpolated(Interpolated node);

        R visitIdent(Ident node);

        R visitSpread(Spread node);

        R visitArrayLit(ArrayLit node);

        R visitDictLit(DictLit node);

        R visitBinary(Binary node);

        R visitLogical(Logical node);

        R visitUnary(Unary node);

        R visitCall(Call node);

        R visitMethodCall(MethodCall node);

        R visitField(Field node);

        R visitIndex(Index node);

        R visitTry(Try node);

        R visitStructLit(StructLit node);

        R visitEnumTag(EnumTag node);

        R visitWrap(Wrap node);

        R visitNoneLit(NoneLit node);

        R visitFuncExpr(FuncExpr node);

        R visitAwait(Await node);

        R visitYield(Yield node);

        R visitThrow(Throw node);
    }

    /** Double dispatch to {@code v}. */
    <R> R accept(Visitor<R> v);

    record IntLit(SourcePos pos, long value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIntLit(this);
        }
    }

    record FloatLit(SourcePos pos, double value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFloatLit(this);
        }
    }

    record StringLit(SourcePos pos, String value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStringLit(this);
        }
    }

    record BoolLit(SourcePos pos, boolean value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBoolLit(this);
        }
    }

    record NullLit(SourcePos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitNullLit(this);
        }
    }

    /** {@code "a ${x} b"}: literal parts are {@link StringLit}s, the rest are displayed with the §4 rules. */
    record Interpolated(SourcePos pos, List<Expr> parts) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitInterpolated(this);
        }

        public Interpolated {
            parts = List.copyOf(parts);
        }
    }

    /** A name (also {@code self}). */
    record Ident(SourcePos pos, String name) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIdent(this);
        }
    }

    /** {@code ...expr} inside an array or dict literal. */
    record Spread(SourcePos pos, Expr value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSpread(this);
        }
    }

    /** {@code [a, ...b, c]}; elements may be {@link Spread}. */
    record ArrayLit(SourcePos pos, List<Expr> elements) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitArrayLit(this);
        }

        public ArrayLit {
            elements = List.copyOf(elements);
        }
    }

    /** One dict literal entry; {@code key == null} means {@code value} is spread ({@code ...other}). */
    record DictEntry(Expr key, Expr value) {
        public boolean isSpread() {
            return key == null;
        }
    }

    record DictLit(SourcePos pos, List<DictEntry> entries) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDictLit(this);
        }

        public DictLit {
            entries = List.copyOf(entries);
        }
    }

    record Binary(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBinary(this);
        }
    }

    /** Short-circuit operators; the result of {@code && ||} is always a bool. */
    enum LogicalOp { AND, OR, COALESCE }

    record Logical(SourcePos pos, LogicalOp op, Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLogical(this);
        }
    }

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitUnary(this);
        }
    }

    /** {@code callee(args)}; also the desugared form of {@code x |> f(a)} (= {@code f(x, a)}). */
    record Call(SourcePos pos, Expr callee, List<Expr> args) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }

        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code receiver.name(args)}: struct methods, struct fields holding functions, built-in method forms. */
    record MethodCall(SourcePos pos, Expr receiver, String name, List<Expr> args) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitMethodCall(this);
        }

        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** {@code object.name}, or {@code object?.name} when {@code optional}. */
    record Field(SourcePos pos, Expr object, String name, boolean optional) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitField(this);
        }
    }

    record Index(SourcePos pos, Expr object, Expr index) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIndex(this);
        }
    }

    /** Postfix {@code expr?}: unwrap Ok/Some or return Err/None from the enclosing function. */
    record Try(SourcePos pos, Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTry(this);
        }
    }

    /** {@code Name { f: v, ... }}. */
    record FieldInit(SourcePos pos, String name, Expr value) {}

    record StructLit(SourcePos pos, String name, List<FieldInit> fields) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStructLit(this);
        }

        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    /**
     * {@code Enum::Variant} or {@code Enum::Variant(args)}; {@code Result::Ok(x)} and friends mean the
     * same values as {@code Ok(x)}.
     */
    record EnumTag(SourcePos pos, String enumName, String variant, List<Expr> args) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitEnumTag(this);
        }

        public EnumTag {
            args = List.copyOf(args);
        }
    }

    enum WrapKind { OK, ERR, SOME }

    /** {@code Ok(x)}, {@code Err(x)}, {@code Some(x)}. */
    record Wrap(SourcePos pos, WrapKind kind, Expr value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWrap(this);
        }
    }

    /** {@code None}. */
    record NoneLit(SourcePos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitNoneLit(this);
        }
    }

    record FuncExpr(SourcePos pos, FunctionNode function) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFuncExpr(this);
        }
    }

    record Await(SourcePos pos, Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAwait(this);
        }
    }

    /** {@code yield expr}; {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(SourcePos pos, Expr value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitYield(this);
        }
    }

    /** {@code throw(args)}: exactly one argument is valid; others are reported when it runs. */
    record Throw(SourcePos pos, List<Expr> args) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitThrow(this);
        }

        public Throw {
            args = List.copyOf(args);
        }
    }
}
