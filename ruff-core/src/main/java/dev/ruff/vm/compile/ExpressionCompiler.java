package dev.ruff.vm.compile;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.ChunkBuilder;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.ast.Expr;
import dev.ruff.diag.SourcePos;
import dev.ruff.resolve.LocalVar;
import dev.ruff.resolve.Resolution;
import dev.ruff.resolve.VarRef;
import dev.ruff.lang.BinaryOp;
import dev.ruff.lang.UnaryOp;
import java.util.List;

/**
 * Compiles expressions: each leaves exactly one value on the operand stack. An instruction reports
 * its errors at the position the interpreter attaches to the same failure: the expression's own
 * position where the interpreter catches around that operation, else the enclosing statement's.
 */
final class ExpressionCompiler implements Expr.Visitor<Void> {
    private final Compiler compiler;
    private final ChunkBuilder b;
    private final Resolution resolution;

    ExpressionCompiler(Compiler compiler, ChunkBuilder b) {
        this.compiler = compiler;
        this.b = b;
        this.resolution = compiler.resolution();
    }

    void compile(Expr e) {
        e.accept(this);
    }

    /** Compiles a condition and a jump taken when it is falsey; returns the jump's pc for patching. */
    int jumpIfFalse(Expr condition) {
        return conditionalJump(condition, false);
    }

    /** Like {@link #jumpIfFalse} but jumps when the condition is truthy (only for fusable comparisons). */
    int jumpIfTrue(Expr condition) {
        return conditionalJump(condition, true);
    }

    /** Whether {@link #jumpIfTrue} can compile {@code condition}: a plain local compared with a small int. */
    boolean fusesToLocalJump(Expr condition) {
        return condition instanceof Expr.Binary bin && fusedJump(bin.op()) >= 0 && smallInt(bin.right()) != null
                && plainLocal(bin.left()) != null;
    }

    private int conditionalJump(Expr condition, boolean whenTrue) {
        if (condition instanceof Expr.Binary bin) {
            int fused = fusedJump(bin.op());
            Integer imm = smallInt(bin.right());
            LocalVar local = plainLocal(bin.left());
            if (fused >= 0 && imm != null && local != null) {
                int cmp = fused - OpCode.JUMP_UNLESS_LT + (whenTrue ? 8 : 0);
                int pc = b.emit(OpCode.JUMP_LOCAL_INT, bin.pos(), cmp, local.slot(), b.constant(local.name()),
                        b.newCache(), imm, 0);
                b.operandPosition(pc, 1, bin.left().pos());
                return pc;
            }
            if (whenTrue) {
                throw new IllegalStateException("not a fusable condition");
            }
            if (fused >= 0 && imm != null) {
                compile(bin.left());
                return b.emit(OpCode.JUMP_UNLESS_INT, bin.pos(), fused - OpCode.JUMP_UNLESS_LT, imm, 0);
            }
            if (fused >= 0) {
                compile(bin.left());
                compile(bin.right());
                return b.emit(fused, bin.pos(), 0);
            }
        }
        compile(condition);
        return b.emit(OpCode.JUMP_IF_FALSE, 0);
    }

    /** The variable of an identifier that names an uncaptured local (read straight from its slot), else null. */
    // Fused instructions read plain slots raw; an accumulating slot may hold a StringAccumulator, which
    // their non-int paths (Instructions.arithmetic/compare) reveal.
    private LocalVar plainLocal(Expr e) {
        if (e instanceof Expr.Ident id && resolution.ref(id) instanceof VarRef.Local l && !l.var().captured()) {
            return l.var();
        }
        return null;
    }

    /** The value of an int literal that fits in an instruction operand, else null. */
    private static Integer smallInt(Expr e) {
        if (e instanceof Expr.IntLit lit && lit.value() >= Integer.MIN_VALUE && lit.value() <= Integer.MAX_VALUE) {
            return (int) lit.value();
        }
        return null;
    }

    private static int fusedJump(BinaryOp op) {
        switch (op) {
            case LT:
                return OpCode.JUMP_UNLESS_LT;
            case LE:
                return OpCode.JUMP_UNLESS_LE;
            case GT:
                return OpCode.JUMP_UNLESS_GT;
            case GE:
                return OpCode.JUMP_UNLESS_GE;
            case EQ:
                return OpCode.JUMP_UNLESS_EQ;
            case NE:
                return OpCode.JUMP_UNLESS_NE;
            default:
                return -1;
        }
    }

    // ------------------------------------------------------------------ names

    /** Pushes the value of a resolved name; an unknown name raises {@code Undefined variable} at {@code pos}. */
    void load(VarRef ref, SourcePos pos) {
        int name = b.constant(ref.name());
        if (ref instanceof VarRef.Local l) {
            LocalVar v = l.var();
            int op = v.captured() ? OpCode.LOAD_CELL : v.holdsAccumulator() ? OpCode.LOAD_ACC : OpCode.LOAD_LOCAL;
            b.emit(op, pos, v.slot(), name, b.newCache());
        } else if (ref instanceof VarRef.Upvalue u) {
            b.emit(OpCode.LOAD_UPVALUE, pos, u.index(), name, b.newCache());
        } else {
            b.emit(OpCode.LOAD_GLOBAL, pos, name, b.newCache());
        }
    }

    /** Encodes where a name lives for instructions that take a (kind, index) pair. */
    static int refKind(VarRef ref) {
        return ref instanceof VarRef.Local ? 0 : ref instanceof VarRef.Upvalue ? 1 : 2;
    }

    static int refIndex(VarRef ref) {
        if (ref instanceof VarRef.Local l) {
            return l.var().slot();
        }
        return ref instanceof VarRef.Upvalue u ? u.index() : -1;
    }

    @Override
    public Void visitIdent(Expr.Ident node) {
        load(resolution.ref(node), node.pos());
        return null;
    }

    // ------------------------------------------------------------------ literals

    @Override
    public Void visitIntLit(Expr.IntLit node) {
        b.emit(OpCode.CONST, b.constant(node.value()));
        return null;
    }

    @Override
    public Void visitFloatLit(Expr.FloatLit node) {
        b.emit(OpCode.CONST, b.constant(node.value()));
        return null;
    }

    @Override
    public Void visitStringLit(Expr.StringLit node) {
        b.emit(OpCode.CONST, b.constant(node.value()));
        return null;
    }

    @Override
    public Void visitBoolLit(Expr.BoolLit node) {
        b.emit(node.value() ? OpCode.TRUE : OpCode.FALSE);
        return null;
    }

    @Override
    public Void visitNullLit(Expr.NullLit node) {
        b.emit(OpCode.NULL);
        return null;
    }

    @Override
    public Void visitNoneLit(Expr.NoneLit node) {
        b.emit(OpCode.NONE);
        return null;
    }

    @Override
    public Void visitInterpolated(Expr.Interpolated node) {
        for (Expr part : node.parts()) {
            compile(part);
        }
        b.emit(OpCode.BUILD_STRING, node.parts().size());
        return null;
    }

    @Override
    public Void visitSpread(Expr.Spread node) {
        b.emit(OpCode.RAISE, node.pos(), b.constant("Spread is only allowed inside array and dict literals"));
        return null;
    }

    @Override
    public Void visitArrayLit(Expr.ArrayLit node) {
        List<Expr> elements = node.elements();
        if (elements.stream().noneMatch(e -> e instanceof Expr.Spread)) {
            elements.forEach(this::compile);
            b.emit(OpCode.BUILD_ARRAY, elements.size());
            return null;
        }
        b.emit(OpCode.ARRAY_BEGIN);
        for (Expr e : elements) {
            if (e instanceof Expr.Spread sp) {
                compile(sp.value());
                b.emit(OpCode.ARRAY_SPREAD, sp.pos());
            } else {
                compile(e);
                b.emit(OpCode.ARRAY_ADD);
            }
        }
        b.emit(OpCode.ARRAY_END);
        return null;
    }

    @Override
    public Void visitDictLit(Expr.DictLit node) {
        b.emit(OpCode.DICT_BEGIN);
        for (Expr.DictEntry entry : node.entries()) {
            if (entry.isSpread()) {
                compile(entry.value());
                b.emit(OpCode.DICT_SPREAD, entry.value().pos());
            } else {
                compile(entry.key());
                b.emit(OpCode.DICT_KEY, entry.key().pos());
                compile(entry.value());
                b.emit(OpCode.DICT_PUT);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ operators

    /**
     * Compiles {@code value} straight into plain local {@code dst} when it is {@code local ± int} or
     * {@code local OP local} (one instruction instead of loads, operator and store); returns false, having
     * emitted nothing, for any other expression.
     */
    boolean compileInto(Expr value, int dst) {
        if (!(value instanceof Expr.Binary bin)) {
            return false;
        }
        int op = localsOp(bin.op());
        LocalVar left = plainLocal(bin.left());
        if (op < 0 || left == null) {
            return false;
        }
        Integer imm = smallInt(bin.right());
        if (imm != null && op < 2) {
            int pc = b.emit(OpCode.STORE_INT_OP, bin.pos(), op, left.slot(), b.constant(left.name()),
                    b.newCache(), imm, dst);
            b.operandPosition(pc, 1, bin.left().pos());
            return true;
        }
        LocalVar right = plainLocal(bin.right());
        if (right == null) {
            return false;
        }
        if (op == 0 && dst == left.slot() && left.accumulates()) {
            op = OpCode.LocalsOperation.APPEND; // s := s + t may grow a StringAccumulator in place
        }
        int pc = b.emit(OpCode.STORE_LOCALS_OP, bin.pos(), op, left.slot(), b.constant(left.name()), b.newCache(),
                right.slot(), b.constant(right.name()), b.newCache(), dst);
        b.operandPosition(pc, 1, bin.left().pos());
        b.operandPosition(pc, 4, bin.right().pos());
        return true;
    }

    /** The operand of {@link OpCode#LOCALS_OP} for {@code op}, or -1 when it has no fused form. */
    private static int localsOp(BinaryOp op) {
        switch (op) {
            case ADD:
                return 0;
            case SUB:
                return 1;
            case MUL:
                return 2;
            default:
                return -1;
        }
    }

    @Override
    public Void visitBinary(Expr.Binary node) {
        int fused = localsOp(node.op());
        LocalVar left = fused >= 0 ? plainLocal(node.left()) : null;
        LocalVar right = left != null ? plainLocal(node.right()) : null;
        if (right != null) {
            int pc = b.emit(OpCode.LOCALS_OP, node.pos(), fused, left.slot(), b.constant(left.name()), b.newCache(),
                    right.slot(), b.constant(right.name()), b.newCache());
            b.operandPosition(pc, 1, node.left().pos());
            b.operandPosition(pc, 4, node.right().pos());
            return null;
        }
        Integer imm = smallInt(node.right());
        if (imm != null && (node.op() == BinaryOp.ADD || node.op() == BinaryOp.SUB)) {
            LocalVar local = plainLocal(node.left());
            if (local != null) {
                int pc = b.emit(OpCode.LOCAL_INT_OP, node.pos(), node.op() == BinaryOp.ADD ? 0 : 1, local.slot(),
                        b.constant(local.name()), b.newCache(), imm);
                b.operandPosition(pc, 1, node.left().pos());
                return null;
            }
            compile(node.left());
            b.emit(node.op() == BinaryOp.ADD ? OpCode.ADD_INT : OpCode.SUB_INT, node.pos(), imm);
            return null;
        }
        compile(node.left());
        compile(node.right());
        b.emit(binaryOpcode(node.op()), node.pos());
        return null;
    }

    private static int binaryOpcode(BinaryOp op) {
        switch (op) {
            case ADD:
                return OpCode.ADD;
            case SUB:
                return OpCode.SUB;
            case MUL:
                return OpCode.MUL;
            case DIV:
                return OpCode.DIV;
            case MOD:
                return OpCode.MOD;
            case EQ:
                return OpCode.EQ;
            case NE:
                return OpCode.NE;
            case LT:
                return OpCode.LT;
            case LE:
                return OpCode.LE;
            case GT:
                return OpCode.GT;
            default:
                return OpCode.GE;
        }
    }

    @Override
    public Void visitLogical(Expr.Logical node) {
        compile(node.left());
        switch (node.op()) {
            case AND: {
                int shortCut = b.emit(OpCode.JUMP_IF_FALSE, 0);
                compile(node.right());
                b.emit(OpCode.TRUTHY);
                int end = b.emit(OpCode.JUMP, 0);
                b.patch(shortCut);
                b.emit(OpCode.FALSE);
                b.patch(end);
                break;
            }
            case OR: {
                int shortCut = b.emit(OpCode.JUMP_IF_TRUE, 0);
                compile(node.right());
                b.emit(OpCode.TRUTHY);
                int end = b.emit(OpCode.JUMP, 0);
                b.patch(shortCut);
                b.emit(OpCode.TRUE);
                b.patch(end);
                break;
            }
            default: {
                int keep = b.emit(OpCode.JUMP_IF_NOT_NULL, 0);
                compile(node.right());
                b.patch(keep);
                break;
            }
        }
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary node) {
        compile(node.operand());
        b.emit(node.op() == UnaryOp.NEG ? OpCode.NEG : OpCode.NOT, node.pos());
        return null;
    }

    // ------------------------------------------------------------------ calls and access

    @Override
    public Void visitCall(Expr.Call node) {
        compile(node.callee());
        node.args().forEach(this::compile);
        b.emit(OpCode.CALL, node.pos(), node.args().size());
        return null;
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall node) {
        compile(node.receiver());
        node.args().forEach(this::compile);
        b.emit(OpCode.METHOD_CALL, node.pos(), b.constant(node.name()), node.args().size(), b.newCache());
        return null;
    }

    @Override
    public Void visitField(Expr.Field node) {
        compile(node.object());
        if (node.optional()) {
            b.emit(OpCode.GET_FIELD_OPT, node.pos(), b.constant(node.name()));
        } else {
            b.emit(OpCode.GET_FIELD, node.pos(), b.constant(node.name()), b.newCache());
        }
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index node) {
        compile(node.object());
        compile(node.index());
        b.emit(OpCode.GET_INDEX, node.pos());
        return null;
    }

    @Override
    public Void visitTry(Expr.Try node) {
        compile(node.operand());
        b.emit(OpCode.TRY_UNWRAP, node.pos());
        return null;
    }

    // ------------------------------------------------------------------ constructors

    @Override
    public Void visitStructLit(Expr.StructLit node) {
        VarRef ref = resolution.ref(node);
        b.emit(OpCode.LOAD_OR_NULL, refKind(ref), refIndex(ref), b.constant(ref.name()));
        String[] fields = new String[node.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            Expr.FieldInit f = node.fields().get(i);
            fields[i] = f.name();
            compile(f.value());
        }
        b.emit(OpCode.MAKE_STRUCT, b.constant(new Shapes.StructLiteral(node.name(), fields)), fields.length);
        return null;
    }

    @Override
    public Void visitEnumTag(Expr.EnumTag node) {
        node.args().forEach(this::compile);
        b.emit(OpCode.MAKE_TAG, b.constant(node.enumName()), b.constant(node.variant()), node.args().size());
        return null;
    }

    @Override
    public Void visitWrap(Expr.Wrap node) {
        compile(node.value());
        b.emit(OpCode.WRAP, node.kind().ordinal());
        return null;
    }

    @Override
    public Void visitFuncExpr(Expr.FuncExpr node) {
        b.emit(OpCode.CLOSURE, b.constant(compiler.function(node.function())));
        return null;
    }

    // ------------------------------------------------------------------ async and errors

    @Override
    public Void visitAwait(Expr.Await node) {
        compile(node.operand());
        b.emit(OpCode.AWAIT, node.pos());
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        if (node.value() == null) {
            b.emit(OpCode.NULL);
        } else {
            compile(node.value());
        }
        b.emit(OpCode.YIELD, node.pos());
        return null;
    }

    @Override
    public Void visitThrow(Expr.Throw node) {
        node.args().forEach(this::compile);
        b.emit(OpCode.THROW, node.pos(), node.args().size());
        return null;
    }
}

