package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.vm.Instructions;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * JVM code for one VM instruction, in the register layout of {@link JitCodegen}: {@code sp} is the register
 * of the first free operand-stack slot, so the instruction's inputs sit just below it. Each case does what
 * the dispatch loop's case (or {@link Instructions}) does, through the same runtime code.
 */
final class JitEmit implements Opcodes {
    private static final String OBJ = "Ljava/lang/Object;";
    private static final String OBJS = "[Ljava/lang/Object;";
    private static final String VM_D = "Ldev/ruff/vm/VirtualMachine;";
    /** What runtime steps that may call back get: the activation's frame ({@code CallFrame} as the invoker). */
    private static final String INV_D = "Ldev/ruff/runtime/Invoker;";
    private static final String FRAME_D = "Ldev/ruff/vm/CallFrame;";
    private static final String STR = "Ljava/lang/String;";
    private static final String ERROR_D = "Ldev/ruff/diag/RuffRuntimeError;";
    private static final String BODY = "dev/ruff/vm/CompiledBody";
    private static final String FN = "dev/ruff/vm/VmFunction";
    private static final String FN_D = "Ldev/ruff/vm/VmFunction;";
    private static final String RECV_D = "Ldev/ruff/runtime/StructInstance;";

    private final JitCodegen g;
    private final MethodVisitor mv;
    private final int[] code;
    private final int pc;
    private final int sp;

    JitEmit(JitCodegen g, int pc, int sp) {
        this.g = g;
        this.mv = g.mv();
        this.code = g.code();
        this.pc = pc;
        this.sp = sp;
    }

    private int operand(int i) {
        return code[pc + 1 + i];
    }

    /** Emits the instruction; true when it was emitted as unboxed arithmetic (no call into the runtime). */
    boolean emit(int op) {
        if (g.types().typed() && (emitFloat(op) || emitUnboxed(op))) {
            return true;
        }
        switch (op) {
            case OpCode.CONST:
                g.loadConstant(operand(0));
                g.store(sp);
                break;
            case OpCode.NULL:
                staticValue("dev/ruff/runtime/RuffNull", "NULL", "Ldev/ruff/runtime/RuffNull;");
                break;
            case OpCode.TRUE:
                staticValue("java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
                break;
            case OpCode.FALSE:
                staticValue("java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
                break;
            case OpCode.NONE:
                staticValue("dev/ruff/runtime/OptionValue", "NONE", "Ldev/ruff/runtime/OptionValue;");
                break;
            case OpCode.POP: case OpCode.TRY_BEGIN: case OpCode.TRY_END:
                break; // a dropped stack slot is simply not read again; handlers are exception-table entries
            case OpCode.DUP:
                g.load(sp - 1);
                g.store(sp);
                break;
            case OpCode.LOAD_LOCAL:
                loadVariable("loadLocal", operand(0));
                break;
            case OpCode.LOAD_CELL:
                loadVariable("loadCell", operand(0));
                break;
            case OpCode.LOAD_ACC:
                loadVariable("loadAcc", operand(0));
                break;
            case OpCode.LOAD_UPVALUE:
                g.loadUpvalue(operand(0));
                g.loadFrame();
                g.loadName(operand(1));
                g.pushInt(operand(2));
                g.rt("loadUpvalue", "(Ldev/ruff/runtime/Cell;" + FRAME_D + STR + "I)" + OBJ);
                g.store(sp);
                break;
            case OpCode.LOAD_GLOBAL:
                mv.visitInsn(ACONST_NULL);
                g.loadFrame();
                g.loadName(operand(0));
                g.pushInt(operand(1));
                g.rt("loadLocal", "(" + OBJ + FRAME_D + STR + "I)" + OBJ);
                g.store(sp);
                break;
            case OpCode.LOAD_OR_NULL:
                g.loadFrame();
                g.pushInt(operand(0));
                if (operand(0) == 0) {
                    g.load(operand(1));
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                g.pushInt(operand(1));
                g.loadName(operand(2));
                g.rt("readOrNull", "(" + FRAME_D + "I" + OBJ + "I" + STR + ")" + OBJ);
                g.store(sp);
                break;
            case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                g.load(sp - 1);
                g.rt("retain", "(" + OBJ + ")" + OBJ);
                g.store(operand(0));
                break;
            case OpCode.DECLARE_CELL:
                g.load(sp - 1);
                g.rt("newCell", "(" + OBJ + ")" + OBJ);
                g.store(operand(0));
                break;
            case OpCode.DEFINE_GLOBAL:
                g.loadFrame();
                g.loadName(operand(0));
                g.pushInt(operand(1));
                g.pushInt(operand(2));
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Instructions", "defineGlobal",
                        "(" + FRAME_D + STR + "II" + OBJ + ")V", false);
                break;
            case OpCode.ASSIGN_SLOT:
                g.loadFrame();
                g.load(operand(0));
                g.loadName(operand(1));
                g.pushInt(operand(2));
                g.pushInt(operand(3));
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Bindings", "assignedSlot",
                        "(" + FRAME_D + OBJ + STR + "II" + OBJ + ")" + OBJ, false);
                g.store(operand(0));
                break;
            case OpCode.ASSIGN_UPVALUE:
                g.loadFrame();
                g.pushInt(operand(0));
                g.loadName(operand(1));
                g.pushInt(operand(2) != 0 ? 1 : 0);
                g.pushInt(operand(3));
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Bindings", "assignUpvalue",
                        "(" + FRAME_D + "I" + STR + "ZI" + OBJ + ")V", false);
                break;
            case OpCode.ASSIGN_GLOBAL:
                g.loadFrame();
                g.loadName(operand(0));
                g.pushInt(operand(1));
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Bindings", "assignGlobal",
                        "(" + FRAME_D + STR + "I" + OBJ + ")V", false);
                break;
            case OpCode.NEW_CELL:
                g.rt("newCell", "()" + OBJ);
                g.store(operand(0));
                break;
            case OpCode.CELL_SET:
                g.load(operand(0));
                g.load(sp - 1);
                g.rt("cellSet", "(" + OBJ + OBJ + ")V");
                break;
            case OpCode.CLEAR_SLOTS:
                for (int r = operand(0); r < operand(0) + operand(1); r++) {
                    mv.visitInsn(ACONST_NULL);
                    g.store(r);
                }
                break;
            case OpCode.ADD:
                binary("add");
                break;
            case OpCode.SUB:
                binary("sub");
                break;
            case OpCode.MUL:
                binary("mul");
                break;
            case OpCode.DIV:
                binary("div");
                break;
            case OpCode.MOD:
                binary("mod");
                break;
            case OpCode.LT: case OpCode.LE: case OpCode.GT: case OpCode.GE: case OpCode.EQ: case OpCode.NE:
                g.pushInt(comparison(op));
                g.load(sp - 2);
                g.load(sp - 1);
                g.loadInvoker();
                g.rt("compare", "(I" + OBJ + OBJ + INV_D + ")" + OBJ);
                g.store(sp - 2);
                break;
            case OpCode.NEG:
                unary("negate", true);
                break;
            case OpCode.NOT:
                unary("not", true);
                break;
            case OpCode.TRUTHY:
                unary("truthy", false);
                break;
            case OpCode.JUMP:
                mv.visitJumpInsn(GOTO, g.label(operand(0)));
                break;
            case OpCode.JUMP_IF_FALSE: case OpCode.JUMP_IF_TRUE:
                g.load(sp - 1);
                g.rt("isTruthy", "(" + OBJ + ")Z");
                mv.visitJumpInsn(op == OpCode.JUMP_IF_FALSE ? IFEQ : IFNE, g.label(operand(0)));
                break;
            case OpCode.JUMP_IF_NOT_NULL:
                g.load(sp - 1);
                mv.visitFieldInsn(GETSTATIC, "dev/ruff/runtime/RuffNull", "NULL", "Ldev/ruff/runtime/RuffNull;");
                mv.visitJumpInsn(IF_ACMPNE, g.label(operand(0)));
                break;
            case OpCode.JUMP_UNLESS_LT: case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT:
            case OpCode.JUMP_UNLESS_GE: case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE:
                g.pushInt(op - OpCode.JUMP_UNLESS_LT);
                g.load(sp - 2);
                g.load(sp - 1);
                g.loadInvoker();
                g.rt("holds", "(I" + OBJ + OBJ + INV_D + ")Z");
                mv.visitJumpInsn(IFEQ, g.label(operand(0)));
                break;
            case OpCode.ADD_INT: case OpCode.SUB_INT:
                g.load(sp - 1);
                g.pushInt(operand(0));
                g.loadInvoker();
                g.rt(op == OpCode.ADD_INT ? "addInt" : "subInt", "(" + OBJ + "I" + INV_D + ")" + OBJ);
                g.store(sp - 1);
                break;
            case OpCode.JUMP_UNLESS_INT:
                g.pushInt(operand(0));
                g.load(sp - 1);
                g.pushInt(operand(1));
                g.loadInvoker();
                g.rt("holdsInt", "(I" + OBJ + "I" + INV_D + ")Z");
                mv.visitJumpInsn(IFEQ, g.label(operand(2)));
                break;
            case OpCode.LOCAL_INT_OP: case OpCode.STORE_INT_OP:
                g.pushInt(operand(0));
                fusedOperand(1);
                g.pushInt(operand(4));
                g.loadInvoker();
                g.rt("intOp", "(I" + OBJ + "I" + INV_D + ")" + OBJ);
                if (op == OpCode.LOCAL_INT_OP) {
                    g.store(sp);
                } else {
                    g.rt("retain", "(" + OBJ + ")" + OBJ);
                    g.store(operand(5));
                }
                break;
            case OpCode.JUMP_LOCAL_INT: {
                int cmp = operand(0);
                g.pushInt(cmp & 7);
                fusedOperand(1);
                g.pushInt(operand(4));
                g.loadInvoker();
                g.rt("holdsInt", "(I" + OBJ + "I" + INV_D + ")Z");
                // Continues when the comparison's outcome is (cmp < 8), else jumps.
                mv.visitJumpInsn(cmp < 8 ? IFEQ : IFNE, g.label(operand(5)));
                break;
            }
            case OpCode.LOCALS_OP: case OpCode.STORE_LOCALS_OP:
                g.pushInt(operand(0));
                fusedOperand(1);
                fusedOperand(4);
                g.loadInvoker();
                g.rt("localsOp", "(I" + OBJ + OBJ + INV_D + ")" + OBJ);
                if (op == OpCode.LOCALS_OP) {
                    g.store(sp);
                } else {
                    g.rt("retain", "(" + OBJ + ")" + OBJ);
                    g.store(operand(7));
                }
                break;
            case OpCode.LOAD_RAW:
                g.loadFrame();
                g.pushInt(operand(0));
                if (operand(0) == 0) {
                    g.load(operand(1));
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                g.pushInt(operand(1));
                g.loadName(operand(2));
                g.pushInt(operand(3));
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Bindings", "loadRaw",
                        "(" + FRAME_D + "I" + OBJ + "I" + STR + "I)" + OBJ, false);
                g.store(sp);
                break;
            case OpCode.CONCAT:
                g.load(sp - 2);
                g.load(sp - 1);
                g.loadInvoker();
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Instructions", "concat",
                        "(" + OBJ + OBJ + INV_D + ")" + OBJ, false);
                g.store(sp - 2);
                break;
            case OpCode.APPEND_LOCAL:
                g.load(sp - 2);
                g.load(sp - 1);
                g.load(operand(0));
                g.loadInvoker();
                g.rt("append", "(" + OBJ + OBJ + OBJ + INV_D + ")" + OBJ);
                g.store(operand(0));
                break;
            case OpCode.BUILD_STRING: case OpCode.BUILD_ARRAY: {
                int n = operand(0);
                g.loadArray(sp - n, n);
                g.rt(op == OpCode.BUILD_STRING ? "buildString" : "buildArray", "(" + OBJS + ")" + OBJ);
                g.store(sp - n);
                break;
            }
            case OpCode.ARRAY_BEGIN:
                g.rt("arrayBegin", "()" + OBJ);
                g.store(sp);
                break;
            case OpCode.ARRAY_ADD: case OpCode.ARRAY_SPREAD:
                g.load(sp - 2);
                g.load(sp - 1);
                g.rt(op == OpCode.ARRAY_ADD ? "arrayAdd" : "arraySpread", "(" + OBJ + OBJ + ")V");
                break;
            case OpCode.ARRAY_END:
                unary("arrayEnd", false);
                break;
            case OpCode.DICT_BEGIN:
                g.rt("dictBegin", "()" + OBJ);
                g.store(sp);
                break;
            case OpCode.DICT_KEY:
                unary("dictKey", false);
                break;
            case OpCode.DICT_PUT:
                g.load(sp - 3);
                g.load(sp - 2);
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Instructions", "dictPut",
                        "(" + OBJ + OBJ + OBJ + ")V", false);
                break;
            case OpCode.DICT_SPREAD:
                g.load(sp - 2);
                g.load(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/Instructions", "dictSpread",
                        "(" + OBJ + OBJ + ")V", false);
                break;
            case OpCode.MAKE_STRUCT: {
                int n = operand(1);
                g.loadConstant(operand(0));
                g.load(sp - n - 1);
                g.loadArray(sp - n, n);
                g.rt("makeStruct", "(" + OBJ + OBJ + OBJS + ")" + OBJ);
                g.store(sp - n - 1);
                break;
            }
            case OpCode.MAKE_TAG: {
                int n = operand(2);
                g.loadConstant(operand(0));
                g.loadConstant(operand(1));
                g.loadArray(sp - n, n);
                g.rt("makeTag", "(" + OBJ + OBJ + OBJS + ")" + OBJ);
                g.store(sp - n);
                break;
            }
            case OpCode.WRAP:
                g.pushInt(operand(0));
                g.load(sp - 1);
                g.rt("wrap", "(I" + OBJ + ")" + OBJ);
                g.store(sp - 1);
                break;
            case OpCode.CLOSURE:
                closure();
                break;
            case OpCode.STRUCT_DEF: {
                int n = ((Shapes.StructDecl) g.proto().chunk().constants()[operand(0)]).operandCount();
                g.loadConstant(operand(0));
                g.loadArray(sp - n, n);
                g.rt("structDef", "(" + OBJ + OBJS + ")" + OBJ);
                g.store(sp - n);
                break;
            }
            case OpCode.GET_FIELD:
                g.load(sp - 1);
                g.loadFrame();
                g.loadName(operand(0));
                g.pushInt(operand(1));
                g.rt("field", "(" + OBJ + FRAME_D + STR + "I)" + OBJ);
                g.store(sp - 1);
                break;
            case OpCode.GET_FIELD_OPT:
                g.load(sp - 1);
                g.loadName(operand(0));
                g.rt("fieldOptional", "(" + OBJ + STR + ")" + OBJ);
                g.store(sp - 1);
                break;
            case OpCode.GET_INDEX:
                binaryPlain("index");
                break;
            case OpCode.SET_PATH:
                setPath();
                break;
            case OpCode.CALL:
                call();
                break;
            case OpCode.METHOD_CALL:
                methodCall();
                break;
            case OpCode.RETURN:
                g.load(sp - 1);
                returnTop();
                break;
            case OpCode.AWAIT: {
                // A settled promise (or any other value) is taken here; a pending one makes the task's root
                // frame leave compiled code so the dispatch loop suspends it (JitCodegen#leaveAtAwait).
                Label pending = new Label();
                g.loadVm();
                g.loadFrame();
                g.load(sp - 1);
                g.vm("awaitFromCompiled", "(" + FRAME_D + OBJ + ")" + OBJ);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETSTATIC, "dev/ruff/vm/VirtualMachine", "AWAIT_SUSPENDS", OBJ);
                mv.visitJumpInsn(IF_ACMPEQ, pending);
                g.store(sp - 1);
                g.leaveAtAwait(pc, pending);
                break;
            }
            case OpCode.TRY_UNWRAP: {
                Label payload = new Label();
                g.load(sp - 1);
                g.rt("unwrapOrNull", "(" + OBJ + ")" + OBJ);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, payload);
                mv.visitInsn(POP);
                if (g.moduleBody()) {
                    // Err/None in a module body: the body just ends, as on the dispatch loop.
                    mv.visitFieldInsn(GETSTATIC, "dev/ruff/runtime/RuffNull", "NULL", "Ldev/ruff/runtime/RuffNull;");
                } else {
                    g.load(sp - 1); // Err/None: the function returns it
                }
                returnTop();
                mv.visitLabel(payload);
                g.store(sp - 1);
                break;
            }
            case OpCode.THROW:
                g.pushInt(operand(0));
                if (operand(0) > 0) {
                    g.load(sp - 1);
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                g.rt("thrown", "(I" + OBJ + ")" + ERROR_D);
                mv.visitInsn(ATHROW);
                break;
            case OpCode.RAISE:
                g.loadName(operand(0));
                g.rt("raise", "(" + STR + ")" + ERROR_D);
                mv.visitInsn(ATHROW);
                break;
            case OpCode.ITER:
                g.load(sp - 1);
                g.loadInvoker();
                g.rt("iterator", "(" + OBJ + INV_D + ")" + OBJ);
                g.store(sp - 1);
                break;
            case OpCode.FOR_NEXT:
                g.load(sp - 1);
                g.rt("forNext", "(" + OBJ + ")" + OBJ);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETSTATIC, "dev/ruff/vm/jit/JitRuntime", "DONE", OBJ);
                Label more = new Label();
                mv.visitJumpInsn(IF_ACMPNE, more);
                mv.visitInsn(POP);
                mv.visitJumpInsn(GOTO, g.label(operand(0)));
                mv.visitLabel(more);
                g.store(sp);
                break;
            case OpCode.RANGE_LOOP: {
                int argc = operand(0);
                int base = sp - argc;
                Label notRange = new Label();
                g.load(base - 1);
                g.loadArray(base, argc);
                g.loadVm();
                g.rt("rangeCursor", "(" + OBJ + OBJS + VM_D + ")" + OBJ);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNULL, notRange);
                g.store(base - 1);
                mv.visitJumpInsn(GOTO, g.label(operand(1)));
                mv.visitLabel(notRange);
                mv.visitInsn(POP);
                break;
            }
            case OpCode.MATCH_CASE:
                g.load(sp - 1);
                g.loadName(operand(0));
                g.rt("caseMatches", "(" + OBJ + STR + ")Z");
                mv.visitJumpInsn(IFEQ, g.label(operand(1)));
                break;
            case OpCode.CASE_PAYLOAD:
                g.load(sp - 1);
                g.rt("casePayload", "(" + OBJ + ")" + OBJ);
                g.store(sp);
                break;
            case OpCode.PATTERN_ELEMENT: case OpCode.PATTERN_REST:
                g.load(sp - 1);
                g.pushInt(operand(0));
                g.rt(op == OpCode.PATTERN_ELEMENT ? "element" : "rest", "(" + OBJ + "I)" + OBJ);
                g.store(sp);
                break;
            case OpCode.PATTERN_KEY:
                g.load(sp - 1);
                g.loadName(operand(0));
                g.rt("key", "(" + OBJ + STR + ")" + OBJ);
                g.store(sp);
                break;
            case OpCode.PATTERN_DICT_REST:
                g.load(sp - 1);
                g.loadConstant(operand(0));
                g.rt("restDict", "(" + OBJ + OBJ + ")" + OBJ);
                g.store(sp);
                break;
            case OpCode.EXCEPT_VALUE:
                g.loadCaught();
                g.rt("exceptValue", "(" + ERROR_D + ")" + OBJ);
                g.store(sp);
                g.clearCaught();
                break;
            case OpCode.IMPORT: case OpCode.FROM_IMPORT:
                g.loadVm();
                g.loadFrame();
                g.loadConstant(operand(0));
                g.vm(op == OpCode.IMPORT ? "importFromCompiled" : "fromImportFromCompiled",
                        "(" + FRAME_D + OBJ + ")V");
                break;
            case OpCode.SPAWN:
                g.loadVm();
                g.load(sp - 1);
                mv.visitTypeInsn(CHECKCAST, FN);
                g.loadFrame();
                g.pushInt(pc);
                g.vm("spawnFromCompiled", "(" + FN_D + FRAME_D + "I)V");
                break;
            default:
                throw new IllegalStateException("no JVM translation for " + OpCode.name(op));
        }
        if (g.types().typed()) {
            unboxFloatResult(op);
        }
        return false;
    }

    /**
     * A float on the left of an operator whose right operand is boxed gives a float or raises ({@link JitTypes}):
     * the boxed form computed it through the runtime, and it is unboxed into its double local.
     */
    private void unboxFloatResult(int op) {
        int dst;
        switch (op) {
            case OpCode.ADD: case OpCode.SUB: case OpCode.MUL: case OpCode.DIV: case OpCode.MOD:
                dst = sp - 2;
                break;
            case OpCode.APPEND_LOCAL:
                dst = operand(0);
                break;
            case OpCode.LOCALS_OP:
                dst = sp;
                break;
            case OpCode.STORE_LOCALS_OP:
                dst = operand(7);
                break;
            default:
                return;
        }
        if (g.isFloatAfter(dst)) {
            mv.visitVarInsn(ALOAD, g.objectLocal(dst));
            mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
            g.storeDouble(dst);
        }
    }

    // ------------------------------------------------------------------ unboxed ints (JitTypes)

    private static final String OPS = "dev/ruff/runtime/Operators";
    private static final String INSNS = "dev/ruff/vm/Instructions";

    /**
     * The instruction on unboxed ints, when {@link JitTypes} keeps its operands (or result) in long locals;
     * false to emit the boxed form. The arithmetic is the runtime's own ({@code Operators.addExact} and
     * friends, {@code Instructions.compare}), so overflow and division raise exactly as everywhere else.
     */
    private boolean emitUnboxed(int op) {
        switch (op) {
            case OpCode.CONST:
                if (!g.isIntAfter(sp)) {
                    return false;
                }
                mv.visitLdcInsn(g.proto().chunk().constants()[operand(0)]);
                g.storeLong(sp);
                return true;
            case OpCode.LOAD_LOCAL: case OpCode.LOAD_ACC:
                return copyLong(operand(0), sp);
            case OpCode.DUP:
                return copyLong(sp - 1, sp);
            case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                return g.isIntAfter(operand(0)) && copyLong(sp - 1, operand(0));
            case OpCode.ADD:
                return exact(sp - 2, sp - 1, "addExact");
            case OpCode.SUB:
                return exact(sp - 2, sp - 1, "subExact");
            case OpCode.MUL:
                return exact(sp - 2, sp - 1, "mulExact");
            case OpCode.DIV:
                return exact(sp - 2, sp - 1, "divExact");
            case OpCode.MOD:
                return exact(sp - 2, sp - 1, "modExact");
            case OpCode.APPEND_LOCAL:
                if (!g.isIntAfter(operand(0))) {
                    return false;
                }
                g.loadLong(sp - 2);
                g.loadLong(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "addExact", "(JJ)J", false);
                g.storeLong(operand(0));
                return true;
            case OpCode.NEG:
                if (!g.isInt(sp - 1)) {
                    return false;
                }
                g.loadLong(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "negateExact", "(J)J", false);
                g.storeLong(sp - 1);
                return true;
            case OpCode.ADD_INT: case OpCode.SUB_INT:
                if (!g.isInt(sp - 1)) {
                    return false;
                }
                g.loadLong(sp - 1);
                mv.visitLdcInsn((long) operand(0));
                mv.visitMethodInsn(INVOKESTATIC, OPS, op == OpCode.ADD_INT ? "addExact" : "subExact", "(JJ)J", false);
                g.storeLong(sp - 1);
                return true;
            case OpCode.LOCAL_INT_OP: case OpCode.STORE_INT_OP: {
                int dst = op == OpCode.LOCAL_INT_OP ? sp : operand(5);
                if (!g.isIntAfter(dst)) {
                    return false;
                }
                g.loadLong(operand(1));
                mv.visitLdcInsn((long) operand(4));
                mv.visitMethodInsn(INVOKESTATIC, OPS, operand(0) == 0 ? "addExact" : "subExact", "(JJ)J", false);
                g.storeLong(dst);
                return true;
            }
            case OpCode.LOCALS_OP: case OpCode.STORE_LOCALS_OP: {
                int dst = op == OpCode.LOCALS_OP ? sp : operand(7);
                if (!g.isIntAfter(dst)) {
                    return false;
                }
                g.pushInt(operand(0)); // op 3 (add into an accumulating local) adds two ints like op 0
                g.loadLong(operand(1));
                g.loadLong(operand(4));
                mv.visitMethodInsn(INVOKESTATIC, INSNS, "arithmetic", "(IJJ)J", false);
                g.storeLong(dst);
                return true;
            }
            case OpCode.LT: case OpCode.LE: case OpCode.GT: case OpCode.GE: case OpCode.EQ: case OpCode.NE:
                if (!g.isInt(sp - 2) || !g.isInt(sp - 1)) {
                    return false;
                }
                g.pushInt(comparison(op));
                g.loadLong(sp - 2);
                g.loadLong(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, INSNS, "compare", "(IJJ)Z", false);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
                g.store(sp - 2);
                return true;
            case OpCode.JUMP_UNLESS_LT: case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT:
            case OpCode.JUMP_UNLESS_GE: case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE:
                if (g.isInt(sp - 2) && g.isInt(sp - 1)) {
                    g.pushInt(op - OpCode.JUMP_UNLESS_LT);
                    g.loadLong(sp - 2);
                    g.loadLong(sp - 1);
                    mv.visitMethodInsn(INVOKESTATIC, INSNS, "compare", "(IJJ)Z", false);
                    mv.visitJumpInsn(IFEQ, g.label(operand(0)));
                    return true;
                }
                if (g.isInt(sp - 2) || g.isInt(sp - 1)) {
                    mixedJump(op - OpCode.JUMP_UNLESS_LT, g.isInt(sp - 2) ? sp - 1 : sp - 2);
                    return true;
                }
                return false;
            case OpCode.JUMP_UNLESS_INT:
                if (!g.isInt(sp - 1)) {
                    return false;
                }
                jumpOnConstant(false, operand(0), sp - 1, operand(1), IFEQ, operand(2));
                return true;
            case OpCode.JUMP_LOCAL_INT:
                if (!g.isInt(operand(1))) {
                    return false;
                }
                jumpOnConstant(false, operand(0) & 7, operand(1), operand(4), operand(0) < 8 ? IFEQ : IFNE, operand(5));
                return true;
            case OpCode.FOR_NEXT:
                if (!g.types().guessesInt[pc]) {
                    return false;
                }
                forNextInt();
                return true;
            default:
                return false;
        }
    }

    /**
     * The fused compare-with-an-int-constant jumps on an unboxed register: {@code reg CMP constant} (cmp 0..5 =
     * {@code < <= > >= == !=}) by the runtime's comparison of ints, or of floats when the register holds a float,
     * then {@code jumpOp} (IFEQ: jump unless it holds; IFNE: jump if it does) to {@code target}.
     */
    private void jumpOnConstant(boolean floats, int cmp, int reg, long constant, int jumpOp, int target) {
        g.pushInt(cmp);
        if (floats) {
            g.loadDouble(reg);
            mv.visitLdcInsn((double) constant);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "compareFloats", "(IDD)Z", false);
        } else {
            g.loadLong(reg);
            mv.visitLdcInsn(constant);
            mv.visitMethodInsn(INVOKESTATIC, INSNS, "compare", "(IJJ)Z", false);
        }
        mv.visitJumpInsn(jumpOp, g.label(target));
    }

    /**
     * A compare-and-jump of an unboxed int with a boxed register ({@code boxed}, e.g. a parameter bound): when
     * the boxed one holds an int too the comparison runs on longs, so the int is not boxed on every iteration;
     * otherwise the boxed comparison of the runtime runs.
     */
    private void mixedJump(int cmp, int boxed) {
        Label generic = new Label();
        Label done = new Label();
        mv.visitVarInsn(ALOAD, g.objectLocal(boxed));
        mv.visitTypeInsn(INSTANCEOF, "java/lang/Long");
        mv.visitJumpInsn(IFEQ, generic);
        g.pushInt(cmp);
        for (int reg = sp - 2; reg < sp; reg++) {
            if (reg == boxed) {
                mv.visitVarInsn(ALOAD, g.objectLocal(boxed));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
            } else {
                g.loadLong(reg);
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, INSNS, "compare", "(IJJ)Z", false);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(generic);
        g.pushInt(cmp);
        g.load(sp - 2);
        g.load(sp - 1);
        g.loadInvoker();
        g.rt("holds", "(I" + OBJ + OBJ + INV_D + ")Z");
        mv.visitLabel(done);
        mv.visitJumpInsn(IFEQ, g.label(operand(0)));
    }

    /** An unboxed copy from register {@code from} to {@code to}, when the source is an unboxed int. */
    private boolean copyLong(int from, int to) {
        if (!g.isInt(from)) {
            return false;
        }
        g.loadLong(from);
        g.storeLong(to);
        return true;
    }

    /** {@code a OP b} on two unboxed ints into {@code a}'s register, by {@code Operators.<step>(long, long)}. */
    private boolean exact(int a, int b, String step) {
        if (!g.isInt(a) || !g.isInt(b)) {
            return false;
        }
        g.loadLong(a);
        g.loadLong(b);
        mv.visitMethodInsn(INVOKESTATIC, OPS, step, "(JJ)J", false);
        g.storeLong(a);
        return true;
    }

    /**
     * {@code FOR_NEXT} guessing an int item: a range cursor hands out its next long unboxed; any other
     * iterator's item is checked, and an item that is not an int deoptimises (the item, boxed, goes in its
     * register and the dispatch loop continues after this instruction).
     */
    private void forNextInt() {
        String cursor = "dev/ruff/vm/RangeCursor";
        Label generic = new Label();
        Label more = new Label();
        Label notInt = new Label();
        Label done = new Label();
        g.load(sp - 1);
        mv.visitTypeInsn(INSTANCEOF, cursor);
        mv.visitJumpInsn(IFEQ, generic);
        g.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, cursor);
        mv.visitMethodInsn(INVOKEVIRTUAL, cursor, "hasNext", "()Z", false);
        mv.visitJumpInsn(IFEQ, g.label(operand(0)));
        g.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, cursor);
        mv.visitMethodInsn(INVOKEVIRTUAL, cursor, "nextLong", "()J", false);
        g.storeLong(sp);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(generic);
        g.load(sp - 1);
        g.rt("forNext", "(" + OBJ + ")" + OBJ);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, "dev/ruff/vm/jit/JitRuntime", "DONE", OBJ);
        mv.visitJumpInsn(IF_ACMPNE, more);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, g.label(operand(0)));
        mv.visitLabel(more);
        mv.visitInsn(DUP);
        mv.visitTypeInsn(INSTANCEOF, "java/lang/Long");
        mv.visitJumpInsn(IFEQ, notInt);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
        g.storeLong(sp);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(notInt);
        g.store(sp);
        Label deopt = new Label();
        mv.visitJumpInsn(GOTO, deopt);
        g.deoptimizeAfter(pc, sp, deopt, true);
        mv.visitLabel(done);
    }

    /**
     * {@code FOR_NEXT} guessing a float item (an int guess there met a float before): any item that is not a
     * float, an int from a range included, deoptimises like {@link #forNextInt}'s.
     */
    private void forNextFloat() {
        Label more = new Label();
        Label notFloat = new Label();
        Label done = new Label();
        g.load(sp - 1);
        g.rt("forNext", "(" + OBJ + ")" + OBJ);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, "dev/ruff/vm/jit/JitRuntime", "DONE", OBJ);
        mv.visitJumpInsn(IF_ACMPNE, more);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, g.label(operand(0)));
        mv.visitLabel(more);
        mv.visitInsn(DUP);
        mv.visitTypeInsn(INSTANCEOF, "java/lang/Double");
        mv.visitJumpInsn(IFEQ, notFloat);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
        g.storeDouble(sp);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(notFloat);
        g.store(sp);
        Label deopt = new Label();
        mv.visitJumpInsn(GOTO, deopt);
        g.deoptimizeAfter(pc, sp, deopt, false);
        mv.visitLabel(done);
    }

    // ------------------------------------------------------------------ unboxed floats (JitTypes)

    /**
     * The instruction on unboxed floats, when {@link JitTypes} makes its result a float or compares a float
     * with a number; false otherwise. The arithmetic and comparisons are the runtime's own
     * ({@code Operators.addFloat} and friends, {@code Operators.compareFloats}), an int operand converted as
     * the runtime converts it, so results, division and modulo by zero, NaN and -0.0 are as everywhere else.
     */
    private boolean emitFloat(int op) {
        switch (op) {
            case OpCode.CONST:
                if (!g.isFloatAfter(sp)) {
                    return false;
                }
                mv.visitLdcInsn(g.proto().chunk().constants()[operand(0)]);
                g.storeDouble(sp);
                return true;
            case OpCode.LOAD_LOCAL: case OpCode.LOAD_ACC:
                return copyDouble(operand(0), sp);
            case OpCode.DUP:
                return copyDouble(sp - 1, sp);
            case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                return g.isFloatAfter(operand(0)) && copyDouble(sp - 1, operand(0));
            case OpCode.ADD:
                return floatBinary(sp - 2, sp - 1, sp - 2, "addFloat");
            case OpCode.SUB:
                return floatBinary(sp - 2, sp - 1, sp - 2, "subFloat");
            case OpCode.MUL:
                return floatBinary(sp - 2, sp - 1, sp - 2, "mulFloat");
            case OpCode.DIV:
                return floatBinary(sp - 2, sp - 1, sp - 2, "divFloat");
            case OpCode.MOD:
                return floatBinary(sp - 2, sp - 1, sp - 2, "modFloat");
            case OpCode.APPEND_LOCAL:
                return floatBinary(sp - 2, sp - 1, operand(0), "addFloat");
            case OpCode.NEG:
                if (!g.isFloat(sp - 1)) {
                    return false;
                }
                g.loadDouble(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "negateFloat", "(D)D", false);
                g.storeDouble(sp - 1);
                return true;
            case OpCode.ADD_INT: case OpCode.SUB_INT:
                return floatImmediate(sp - 1, operand(0), sp - 1, op == OpCode.ADD_INT ? "addFloat" : "subFloat");
            case OpCode.LOCAL_INT_OP: case OpCode.STORE_INT_OP:
                return floatImmediate(operand(1), operand(4), op == OpCode.LOCAL_INT_OP ? sp : operand(5),
                        operand(0) == 0 ? "addFloat" : "subFloat");
            case OpCode.LOCALS_OP: case OpCode.STORE_LOCALS_OP: {
                int dst = op == OpCode.LOCALS_OP ? sp : operand(7);
                if (!g.isFloatAfter(dst) || !unboxedNumber(operand(1)) || !unboxedNumber(operand(4))) {
                    return false;
                }
                g.pushInt(operand(0)); // op 3 (add into an accumulating local) adds two numbers like op 0
                g.loadAsDouble(operand(1));
                g.loadAsDouble(operand(4));
                mv.visitMethodInsn(INVOKESTATIC, INSNS, "arithmetic", "(IDD)D", false);
                g.storeDouble(dst);
                return true;
            }
            case OpCode.LT: case OpCode.LE: case OpCode.GT: case OpCode.GE: case OpCode.EQ: case OpCode.NE:
                if (!floatComparison(sp - 2, sp - 1)) {
                    return false;
                }
                g.pushInt(comparison(op));
                g.loadAsDouble(sp - 2);
                g.loadAsDouble(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "compareFloats", "(IDD)Z", false);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
                g.store(sp - 2);
                return true;
            case OpCode.JUMP_UNLESS_LT: case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT:
            case OpCode.JUMP_UNLESS_GE: case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE:
                if (!floatComparison(sp - 2, sp - 1)) {
                    return false;
                }
                g.pushInt(op - OpCode.JUMP_UNLESS_LT);
                g.loadAsDouble(sp - 2);
                g.loadAsDouble(sp - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "compareFloats", "(IDD)Z", false);
                mv.visitJumpInsn(IFEQ, g.label(operand(0)));
                return true;
            case OpCode.JUMP_UNLESS_INT:
                if (!g.isFloat(sp - 1)) {
                    return false;
                }
                jumpOnConstant(true, operand(0), sp - 1, operand(1), IFEQ, operand(2));
                return true;
            case OpCode.JUMP_LOCAL_INT:
                if (!g.isFloat(operand(1))) {
                    return false;
                }
                jumpOnConstant(true, operand(0) & 7, operand(1), operand(4), operand(0) < 8 ? IFEQ : IFNE, operand(5));
                return true;
            case OpCode.FOR_NEXT:
                if (!g.types().guessesFloat[pc]) {
                    return false;
                }
                forNextFloat();
                return true;
            default:
                return false;
        }
    }

    /** Whether registers {@code a} and {@code b} are unboxed numbers, at least one of them a float. */
    private boolean floatComparison(int a, int b) {
        return unboxedNumber(a) && unboxedNumber(b) && (g.isFloat(a) || g.isFloat(b));
    }

    private boolean unboxedNumber(int reg) {
        return g.isFloat(reg) || g.isInt(reg);
    }

    private boolean copyDouble(int from, int to) {
        if (!g.isFloat(from)) {
            return false;
        }
        g.loadDouble(from);
        g.storeDouble(to);
        return true;
    }

    /** {@code a OP b} into {@code dst} when the types make it a float, by {@code Operators.<step>(double, double)}. */
    private boolean floatBinary(int a, int b, int dst, String step) {
        if (!g.isFloatAfter(dst) || !unboxedNumber(a) || !unboxedNumber(b)) {
            return false;
        }
        g.loadAsDouble(a);
        g.loadAsDouble(b);
        mv.visitMethodInsn(INVOKESTATIC, OPS, step, "(DD)D", false);
        g.storeDouble(dst);
        return true;
    }

    /** A float register {@code a} OP an immediate int (converted as the runtime converts it) into {@code dst}. */
    private boolean floatImmediate(int a, int imm, int dst, String step) {
        if (!g.isFloat(a) || !g.isFloatAfter(dst)) {
            return false;
        }
        g.loadDouble(a);
        mv.visitLdcInsn((double) imm);
        mv.visitMethodInsn(INVOKESTATIC, OPS, step, "(DD)D", false);
        g.storeDouble(dst);
        return true;
    }

    // ------------------------------------------------------------------ shapes of instructions

    private void staticValue(String owner, String name, String descriptor) {
        mv.visitFieldInsn(GETSTATIC, owner, name, descriptor);
        g.store(sp);
    }

    /** {@code S K(name) C}: the slot's value or the global fallback, pushed. */
    private void loadVariable(String step, int slot) {
        g.load(slot);
        g.loadFrame();
        g.loadName(operand(1));
        g.pushInt(operand(2));
        g.rt(step, "(" + OBJ + FRAME_D + STR + "I)" + OBJ);
        g.store(sp);
    }

    /** A fused instruction's {@code S K C} operand starting at operand {@code i}. */
    private void fusedOperand(int i) {
        g.load(operand(i));
        g.loadFrame();
        g.loadName(operand(i + 1));
        g.pushInt(operand(i + 2));
        g.pushInt(pc + 1 + i); // the operand's own position, as the dispatch loop reports it
        g.rt("operand", "(" + OBJ + FRAME_D + STR + "II)" + OBJ);
    }

    private void binary(String step) {
        g.load(sp - 2);
        g.load(sp - 1);
        g.loadInvoker();
        g.rt(step, "(" + OBJ + OBJ + INV_D + ")" + OBJ);
        g.store(sp - 2);
    }

    private void binaryPlain(String step) {
        g.load(sp - 2);
        g.load(sp - 1);
        g.rt(step, "(" + OBJ + OBJ + ")" + OBJ);
        g.store(sp - 2);
    }

    private void unary(String step, boolean mayCallBack) {
        g.load(sp - 1);
        if (mayCallBack) {
            g.loadInvoker();
            g.rt(step, "(" + OBJ + INV_D + ")" + OBJ);
        } else {
            g.rt(step, "(" + OBJ + ")" + OBJ);
        }
        g.store(sp - 1);
    }

    /** 0..5 = {@code < <= > >= == !=}, the numbering of {@link Instructions#compare}. */
    private static int comparison(int op) {
        switch (op) {
            case OpCode.LT:
                return 0;
            case OpCode.LE:
                return 1;
            case OpCode.GT:
                return 2;
            case OpCode.GE:
                return 3;
            case OpCode.EQ:
                return 4;
            default:
                return 5;
        }
    }

    /**
     * Returns the value on the JVM stack. The VM's current frame is left as it is: only a call back reads it,
     * and whatever starts one sets it first (see {@code VirtualMachine.frame}).
     */
    private void returnTop() {
        g.chargePendingTicks();
        mv.visitInsn(ARETURN);
    }

    /**
     * {@code CALL argc}: a compiled callee is called directly through a virtual call of this site's own (so
     * the JVM profiles and inlines it per call site); anything else goes through the VM.
     */
    private void call() {
        int argc = code[pc + 1];
        int base = sp - argc;
        Label slow = new Label();
        Label done = new Label();
        g.loadVm();
        g.load(base - 1);
        g.loadFrame();
        g.vm("compiledTarget", "(" + OBJ + FRAME_D + ")L" + BODY + ";");
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, slow);
        g.loadVm();
        g.load(base - 1);
        mv.visitTypeInsn(CHECKCAST, FN);
        mv.visitInsn(ACONST_NULL);
        invokeBody(base, argc);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        mv.visitInsn(POP);
        g.loadVm();
        g.load(base - 1);
        g.loadArray(base, argc);
        g.loadFrame();
        g.pushInt(pc);
        g.vm("callFromCompiled", "(" + OBJ + OBJS + FRAME_D + "I)" + OBJ);
        mv.visitLabel(done);
        g.store(base - 1);
    }

    /**
     * {@code METHOD_CALL K(name) argc C}: a struct's method with a compiled body is called directly, as
     * {@link #call} calls a compiled function (through a virtual call of this site's own, without an argument
     * array); anything else (fields holding functions, natives, adapters, cold or async methods, errors) goes
     * through the VM's general dispatch.
     */
    private void methodCall() {
        int argc = operand(1);
        int base = sp - argc;
        Label noMethod = new Label();
        Label notCompiled = new Label();
        Label done = new Label();
        g.loadVm();
        g.loadFrame();
        g.load(base - 1);
        g.loadName(operand(0));
        g.pushInt(operand(2));
        g.vm("compiledMethod", "(" + FRAME_D + OBJ + STR + "I)" + FN_D);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, noMethod);                           // fn
        mv.visitInsn(DUP);                                            // fn fn
        g.loadVm();
        mv.visitInsn(SWAP);                                           // fn vm fn
        g.loadFrame();
        g.vm("compiledTarget", "(" + OBJ + FRAME_D + ")L" + BODY + ";"); // fn body
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, notCompiled);
        mv.visitInsn(SWAP);                                           // body fn
        g.loadVm();
        mv.visitInsn(SWAP);                                           // body vm fn
        g.load(base - 1);
        mv.visitTypeInsn(CHECKCAST, "dev/ruff/runtime/StructInstance");
        invokeBody(base, argc);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(notCompiled);
        mv.visitInsn(POP);
        mv.visitLabel(noMethod);
        mv.visitInsn(POP);
        g.loadVm();
        g.loadFrame();
        g.pushInt(pc);
        g.load(base - 1);
        g.loadName(operand(0));
        g.pushInt(operand(2));
        g.loadArray(base, argc);
        g.vm("methodFromCompiled", "(" + FRAME_D + "I" + OBJ + STR + "I" + OBJS + ")" + OBJ);
        mv.visitLabel(done);
        g.store(base - 1);
    }

    /**
     * With the body, the VM, the function and the receiver on the JVM stack, pushes the arguments (registers
     * {@code base ..}), the calling frame and call site, and calls the body's entry for {@code argc} arguments.
     */
    private void invokeBody(int base, int argc) {
        if (argc <= 3) {
            for (int i = 0; i < argc; i++) {
                g.load(base + i);
            }
            g.loadFrame();
            g.pushInt(pc);
            mv.visitMethodInsn(INVOKEVIRTUAL, BODY, "call" + argc,
                    "(" + VM_D + FN_D + RECV_D + OBJ.repeat(argc) + FRAME_D + "I)" + OBJ, false);
        } else {
            g.loadArray(base, argc);
            g.pushInt(0);
            g.pushInt(argc);
            g.loadFrame();
            g.pushInt(pc);
            mv.visitMethodInsn(INVOKEVIRTUAL, BODY, "call",
                    "(" + VM_D + FN_D + RECV_D + OBJS + "II" + FRAME_D + "I)" + OBJ, false);
        }
    }

    /** {@code CLOSURE}: captured locals become cells in their slots first, as {@link Instructions#closure} does. */
    private void closure() {
        FunctionProto p = (FunctionProto) g.proto().chunk().constants()[operand(0)];
        boolean[] fromLocal = p.upvalueFromLocal();
        int[] index = p.upvalueIndex();
        for (int i = 0; i < index.length; i++) {
            if (fromLocal[i]) {
                g.load(index[i]);
                g.rt("asCell", "(" + OBJ + ")" + OBJ);
                g.store(index[i]);
            }
        }
        g.loadConstant(operand(0));
        g.pushInt(index.length);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < index.length; i++) {
            mv.visitInsn(DUP);
            g.pushInt(i);
            if (fromLocal[i]) {
                g.load(index[i]);
            } else {
                g.loadUpvalue(index[i]);
            }
            mv.visitInsn(AASTORE);
        }
        g.loadFrame();
        g.rt("closure", "(" + OBJ + OBJS + FRAME_D + ")" + OBJ);
        g.store(sp);
    }

    /** {@code SET_PATH K(path) C: (value key1..keyn -- )}. */
    private void setPath() {
        Shapes.Path path = (Shapes.Path) g.proto().chunk().constants()[operand(0)];
        int n = path.keyCount();
        int valueReg = sp - n - 1;
        if (path.rootKind() == 0) {
            g.loadFrame();
            g.loadConstant(operand(0));
            g.load(path.rootIndex());
            g.loadArray(sp - n, n);
            g.load(valueReg);
            g.pushInt(operand(1));
            g.rt("setLocalPath", "(" + FRAME_D + OBJ + OBJ + OBJS + OBJ + "I)" + OBJ);
            g.store(path.rootIndex());
        } else {
            g.loadFrame();
            g.loadConstant(operand(0));
            g.loadArray(sp - n, n);
            g.load(valueReg);
            g.rt("setPath", "(" + FRAME_D + OBJ + OBJS + OBJ + ")V");
        }
    }
}
