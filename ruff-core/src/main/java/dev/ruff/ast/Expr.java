package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import dev.ruff.runtime.BinaryOp;
import dev.ruff.runtime.UnaryOp;
import java.util.List;

/** Expression nodes. Compound assignment and pipes are desugared by the parser into these forms. */
public sealed interface Expr extends Node {

    record IntLit(SourcePos pos, long value) implements Expr {}

    record FloatLit(SourcePos pos, double value) implements Expr {}

    record StringLit(SourcePos pos, String value) implements Expr {}

    record BoolLit(SourcePos pos, boolean value) implements Expr {}

    record NullLit(SourcePos pos) implements Expr {}

    /** {@code "a ${x} b"}: literal parts are {@link StringLit}s, the rest are displayed with the §4 rules. */
    record Interpolated(SourcePos pos, List<Expr> parts) implements Expr {
        public Interpolated {
            parts = List.copyOf(parts);
        }
    }

    /** A name (also {@code self}). */
    record Ident(SourcePos pos, String name) implements Expr {}

    /** {@code ...expr} inside an array or dict literal. */
    record Spread(SourcePos pos, Expr value) implements Expr {}

    /** {@code [a, ...b, c]}; elements may be {@link Spread}. */
    record ArrayLit(SourcePos pos, List<Expr> elements) implements Expr {
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
        public DictLit {
            entries = List.copyOf(entries);
        }
    }

    record Binary(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** Short-circuit operators; the result of {@code && ||} is always a bool. */
    enum LogicalOp { AND, OR, COALESCE }

    record Logical(SourcePos pos, LogicalOp op, Expr left, Expr right) implements Expr {}

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {}

    /** {@code callee(args)}; also the desugared form of {@code x |> f(a)} (= {@code f(x, a)}). */
    record Call(SourcePos pos, Expr callee, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code receiver.name(args)}: struct methods, struct fields holding functions, built-in method forms. */
    record MethodCall(SourcePos pos, Expr receiver, String name, List<Expr> args) implements Expr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** {@code object.name}, or {@code object?.name} when {@code optional}. */
    record Field(SourcePos pos, Expr object, String name, boolean optional) implements Expr {}

    record Index(SourcePos pos, Expr object, Expr index) implements Expr {}

    /** Postfix {@code expr?}: unwrap Ok/Some or return Err/None from the enclosing function. */
    record Try(SourcePos pos, Expr operand) implements Expr {}

    /** {@code Name { f: v, ... }}. */
    record FieldInit(SourcePos pos, String name, Expr value) {}

    record StructLit(SourcePos pos, String name, List<FieldInit> fields) implements Expr {
        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    /**
     * {@code Enum::Variant} or {@code Enum::Variant(args)}; {@code Result::Ok(x)} and friends mean the
     * same values as {@code Ok(x)}.
     */
    record EnumTag(SourcePos pos, String enumName, String variant, List<Expr> args) implements Expr {
        public EnumTag {
            args = List.copyOf(args);
        }
    }

    enum WrapKind { OK, ERR, SOME }

    /** {@code Ok(x)}, {@code Err(x)}, {@code Some(x)}. */
    record Wrap(SourcePos pos, WrapKind kind, Expr value) implements Expr {}

    /** {@code None}. */
    record NoneLit(SourcePos pos) implements Expr {}

    record FuncExpr(SourcePos pos, FunctionNode function) implements Expr {}

    record Await(SourcePos pos, Expr operand) implements Expr {}

    /** {@code yield expr}; {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(SourcePos pos, Expr value) implements Expr {}

    /** {@code throw(args)}: exactly one argument is valid; others are reported when it runs. */
    record Throw(SourcePos pos, List<Expr> args) implements Expr {
        public Throw {
            args = List.copyOf(args);
        }
    }
}
