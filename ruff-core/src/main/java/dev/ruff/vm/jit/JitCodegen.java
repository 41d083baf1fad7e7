package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.OpInfo;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.runtime.RunGuard;
import dev.ruff.vm.CompiledBody;
import dev.ruff.vm.VirtualMachine;
import java.util.BitSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Translates one function's bytecode into a JVM class extending {@link CompiledBody}. The translation is
 * instruction by instruction and keeps the VM's frame layout: each register (local slot or operand-stack
 * slot, whose depth {@link JitAnalysis} fixed per instruction) becomes a JVM local, so there is no dispatch,
 * no register array and no operand shuffling left for the JVM to see through. Every instruction's work is a
 * call into {@link JitRuntime} (or the runtime classes it forwards to), the same code the dispatch loop runs.
 *
 * <p>Errors: before each instruction that can fail, the generated code stores its code index in a local;
 * try handlers become exception-table entries that jump to the handler's code, and one entry around the
 * whole body records the Ruff stack ({@link VirtualMachine#leaveCompiled}) before the error leaves.</p>
 */
public final class JitCodegen implements Opcodes {
    private static final String OBJ = "Ljava/lang/Object;";
    private static final String RT = "dev/ruff/vm/jit/JitRuntime";
    private static final String VM = "dev/ruff/vm/VirtualMachine";
    private static final String VM_D = "Ldev/ruff/vm/VirtualMachine;";
    private static final String FRAME = "dev/ruff/vm/CallFrame";
    private static final String FRAME_D = "Ldev/ruff/vm/CallFrame;";
    private static final String GUARD = "dev/ruff/runtime/RunGuard";
    private static final String GUARD_D = "L" + GUARD + ";";
    private static final String FN = "dev/ruff/vm/VmFunction";
    private static final String FN_D = "Ldev/ruff/vm/VmFunction;";
    private static final String RECV_D = "Ldev/ruff/runtime/StructInstance;";
    private static final String ERROR = "dev/ruff/diag/RuffRuntimeError";
    private static final String ERROR_D = "Ldev/ruff/diag/RuffRuntimeError;";
    private static final String BODY = "dev/ruff/vm/CompiledBody";
    /** Above this many bytes of bytecode HotSpot does not JIT-compile a method, which would be slower than the VM. */
    static final int MAX_METHOD_BYTES = 7900;

    private final FunctionProto proto;
    /** A module body: entered only by on-stack replacement, with no function (upvalues come from the frame). */
    private final boolean moduleBody;
    private final JitAnalysis analysis;
    /** Registers kept as unboxed longs or doubles per instruction (none when the chunk is compiled untyped). */
    private final JitTypes types;
    private final int[] code;
    private final String className;
    private final int arity;
    // JVM local indexes of the static body method
    private final int[] loopHeads;
    private final int lCaller;
    private final int lCallPc;
    // Locals after the parameters; the resume method has two more parameters, so these move.
    private int lFrame;
    private int lConsts;
    private int lUpvalues;
    private int lPc;
    private int lCaught;
    private int lTemp;
    private int regBase;
    /** JVM long local per register that is an int somewhere (-1 for the others). */
    private int[] longLocal;
    /** JVM double local per register that is a float somewhere (-1 for the others). */
    private int[] doubleLocal;
    /** The live register count on deoptimisation (the pc to continue at goes in lPc). */
    private int lLive;
    /** On deoptimisation, the {@code FOR_NEXT} whose int guess failed (its item may be a float), else -1. */
    private int lGuess;
    /** The run's guard, and the loop back-edges not yet passed to it (backEdgeTick). */
    private int lGuard;
    private int lTicks;
    private MethodVisitor mv;
    private Label[] labels;
    /** The instruction being emitted (its unboxed registers are the types' entry sets at it). */
    private int currentPc;
    /** Edge stubs (box, then jump) and deoptimisation stubs, emitted after the instructions. */
    private java.util.List<Stub> stubs;
    private Label deoptimize;
    /** Instructions emitted so far that call into the runtime (and so may take long): see backEdgeTick. */
    private final BitSet callsRuntime = new BitSet();
    /** Where an await that must suspend leaves the method (emitted only if some AWAIT jumps there). */
    private Label awaitExit;
    private boolean awaitExitUsed;

    private JitCodegen(FunctionProto proto, boolean moduleBody, JitAnalysis analysis, JitTypes types,
                       String className) {
        this.proto = proto;
        this.moduleBody = moduleBody;
        this.analysis = analysis;
        this.types = types;
        this.code = proto.chunk().code();
        this.className = className;
        this.arity = proto.arity();
        this.loopHeads = loopHeads(code, analysis);
        this.lCaller = 3 + arity;
        this.lCallPc = lCaller + 1;
    }

    private void layLocals(boolean resume) {
        lFrame = lCallPc + (resume ? 3 : 1);
        lConsts = lFrame + 1;
        lUpvalues = lConsts + 1;
        lPc = lUpvalues + 1;
        lCaught = lPc + 1;
        lTemp = lCaught + 1;
        lLive = lTemp + 1;
        lGuess = lLive + 1;
        lGuard = lGuess + 1;
        lTicks = lGuard + 1;
        regBase = lTicks + 1;
        int regs = proto.chunk().frameSize();
        longLocal = new int[regs];
        doubleLocal = new int[regs];
        int next = regBase + regs;
        for (int r = 0; r < regs; r++) {
            longLocal[r] = types.everInt.get(r) ? next : -1;
            next += types.everInt.get(r) ? 2 : 0;
            doubleLocal[r] = types.everFloat.get(r) ? next : -1;
            next += types.everFloat.get(r) ? 2 : 0;
        }
    }

    /**
     * Targets of backward jumps: where a loop starts its next iteration, and so where a frame the dispatch loop
     * is running may move into compiled code ({@link CompiledBody#resume}).
     */
    public static int[] loopHeads(int[] code, JitAnalysis analysis) {
        java.util.TreeSet<Integer> heads = new java.util.TreeSet<>();
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            if (analysis.depth[pc] < 0) {
                continue;
            }
            int op = code[pc];
            if (op == OpCode.JUMP && code[pc + 1] < pc) {
                heads.add(code[pc + 1]);
            } else if (op == OpCode.JUMP_LOCAL_INT && code[pc + 6] < pc) {
                heads.add(code[pc + 6]);
            }
        }
        int[] pcs = new int[heads.size()];
        int i = 0;
        for (int head : heads) {
            pcs[i++] = head;
        }
        return pcs;
    }

    int[] loopHeads() {
        return loopHeads;
    }

    /** The class file for {@code proto}, or null when its body method would be too large to be JIT-compiled. */
    static byte[] generate(FunctionProto proto, JitAnalysis analysis, JitTypes types, String className) {
        return generate(proto, false, analysis, types, className);
    }

    /** {@link #generate(FunctionProto, JitAnalysis, JitTypes, String)} for a function or (moduleBody) a module body. */
    static byte[] generate(FunctionProto proto, boolean moduleBody, JitAnalysis analysis, JitTypes types,
                           String className) {
        return new JitCodegen(proto, moduleBody, analysis, types, className).generate();
    }

    private byte[] generate() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Registers are all typed Object; never load classes to merge frames.
                return "java/lang/Object";
            }
        };
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BODY, null);
        constructor(cw);
        genericEntry(cw);
        if (arity <= 3) {
            fixedEntry(cw);
        }
        Label end = method(cw, false);
        Label resumeEnd = null;
        if (loopHeads.length > 0) {
            resumeEntry(cw);
            resumeEnd = method(cw, true);
        }
        cw.visitEnd();
        byte[] bytes;
        try {
            bytes = cw.toByteArray();
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            return null; // over the JVM's 64 KiB per method
        }
        if (end.getOffset() > MAX_METHOD_BYTES || (resumeEnd != null && resumeEnd.getOffset() > MAX_METHOD_BYTES)) {
            return null;
        }
        return bytes;
    }

    private String bodyDescriptor() {
        return "(" + VM_D + FN_D + RECV_D + OBJ.repeat(arity) + FRAME_D + "I)" + OBJ;
    }

    /** The static resume method: the body's parameters, then the frame to take over and the loop head. */
    private String resumeDescriptor() {
        return "(" + VM_D + FN_D + RECV_D + OBJ.repeat(arity) + FRAME_D + "I" + FRAME_D + "I)" + OBJ;
    }

    /** {@code resume(vm, frame, pc)}: the static resume method with the frame's function, caller and call site. */
    private void resumeEntry(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "resume", "(" + VM_D + FRAME_D + "I)" + OBJ, null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 1);
        m.visitVarInsn(ALOAD, 2);
        m.visitFieldInsn(GETFIELD, FRAME, "function", FN_D);
        m.visitInsn(ACONST_NULL);
        for (int i = 0; i < arity; i++) {
            m.visitInsn(ACONST_NULL);
        }
        m.visitVarInsn(ALOAD, 2);
        m.visitFieldInsn(GETFIELD, FRAME, "caller", FRAME_D);
        m.visitVarInsn(ALOAD, 2);
        m.visitFieldInsn(GETFIELD, FRAME, "callPc", "I");
        m.visitVarInsn(ALOAD, 2);
        m.visitVarInsn(ILOAD, 3);
        m.visitMethodInsn(INVOKESTATIC, className, "resumeAt", resumeDescriptor(), false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private void constructor(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(0, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKESPECIAL, BODY, "<init>", "()V", false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** {@code call(vm, fn, receiver, src, base, argc, caller, callPc)}: arity check, then the body. */
    private void genericEntry(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "call",
                "(" + VM_D + FN_D + RECV_D + "[Ljava/lang/Object;II" + FRAME_D + "I)" + OBJ, null, null);
        m.visitCode();
        Label ok = new Label();
        m.visitVarInsn(ILOAD, 6);
        pushInt(m, arity);
        m.visitJumpInsn(IF_ICMPEQ, ok);
        m.visitVarInsn(ALOAD, 2);
        m.visitVarInsn(ILOAD, 6);
        m.visitMethodInsn(INVOKEVIRTUAL, FN, "arityError", "(I)" + ERROR_D, false);
        m.visitInsn(ATHROW);
        m.visitLabel(ok);
        m.visitVarInsn(ALOAD, 1);
        m.visitVarInsn(ALOAD, 2);
        m.visitVarInsn(ALOAD, 3);
        for (int i = 0; i < arity; i++) {
            m.visitVarInsn(ALOAD, 4);
            m.visitVarInsn(ILOAD, 5);
            pushInt(m, i);
            m.visitInsn(IADD);
            m.visitInsn(AALOAD);
        }
        m.visitVarInsn(ALOAD, 7);
        m.visitVarInsn(ILOAD, 8);
        m.visitMethodInsn(INVOKESTATIC, className, "body", bodyDescriptor(), false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** {@code callN(vm, fn, receiver, a1..aN, caller, callPc)} for N = arity: straight to the body. */
    private void fixedEntry(ClassWriter cw) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, "call" + arity,
                "(" + VM_D + FN_D + RECV_D + OBJ.repeat(arity) + FRAME_D + "I)" + OBJ, null, null);
        m.visitCode();
        for (int i = 1; i <= 3 + arity; i++) {
            m.visitVarInsn(ALOAD, i);
        }
        m.visitVarInsn(ALOAD, 4 + arity);
        m.visitVarInsn(ILOAD, 5 + arity);
        m.visitMethodInsn(INVOKESTATIC, className, "body", bodyDescriptor(), false);
        m.visitInsn(ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    // ================================================================== the body

    /** The translated function: {@code body} (a call) or {@code resumeAt} (a running frame taken over at a loop head). */
    private Label method(ClassWriter cw, boolean resume) {
        layLocals(resume);
        mv = cw.visitMethod(ACC_STATIC, resume ? "resumeAt" : "body", resume ? resumeDescriptor() : bodyDescriptor(),
                null, null);
        mv.visitCode();
        labels = new Label[code.length + 1];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = new Label();
        }
        stubs = new java.util.ArrayList<>();
        deoptimize = new Label();
        awaitExit = new Label();
        awaitExitUsed = false;
        currentPc = 0;
        Label bodyStart = new Label();
        Label bodyEnd = new Label();
        Label leave = new Label();
        Label[] handlerEntry = declareTryBlocks();
        mv.visitTryCatchBlock(bodyStart, bodyEnd, leave, ERROR);
        if (resume) {
            resumePrologue();
        } else {
            prologue();
        }
        mv.visitLabel(bodyStart);
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            mv.visitLabel(labels[pc]);
            if (analysis.depth[pc] >= 0) {
                instruction(pc, analysis.depth[pc]);
            }
        }
        mv.visitLabel(labels[code.length]);
        // Unreachable: every path ends in a return or a throw (JitAnalysis checked).
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
        for (Stub stub : stubs) {
            emit(stub);
        }
        handlerCode(handlerEntry);
        mv.visitLabel(bodyEnd);
        // The error leaves this function: its position and the Ruff stack.
        mv.visitLabel(leave);
        mv.visitVarInsn(ASTORE, lTemp);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, lTemp);
        mv.visitVarInsn(ALOAD, lFrame);
        mv.visitVarInsn(ILOAD, lPc);
        mv.visitMethodInsn(INVOKEVIRTUAL, VM, "leaveCompiled", "(" + ERROR_D + FRAME_D + "I)" + ERROR_D, false);
        mv.visitInsn(ATHROW);
        if (types.typed()) {
            deoptimizeBlock();
        }
        if (awaitExitUsed) {
            awaitExitBlock();
        }
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return end;
    }

    /**
     * One exception-table entry per run of instructions sharing an innermost try handler (declared before
     * the whole-body entry, so inner handlers win). Returns the entry label per handler target.
     */
    private Label[] declareTryBlocks() {
        Label[] entry = new Label[code.length + 1];
        int pc = 0;
        while (pc < code.length) {
            int h = analysis.handler[pc];
            if (h < 0 || analysis.depth[pc] < 0) {
                pc += OpCode.width(code[pc]);
                continue;
            }
            int start = pc;
            boolean canRaise = false;
            while (pc < code.length && analysis.handler[pc] == h && analysis.depth[pc] >= 0) {
                canRaise |= !OpCode.info(code[pc]).is(OpInfo.INFALLIBLE);
                pc += OpCode.width(code[pc]);
            }
            if (!canRaise) {
                continue; // nothing to protect (and a run of TRY_END/POP emits no code: an empty range is illegal)
            }
            if (entry[h] == null) {
                entry[h] = new Label();
            }
            mv.visitTryCatchBlock(labels[start], labels[pc], entry[h], ERROR);
        }
        return entry;
    }

    /** Handler entries: keep the error for EXCEPT_VALUE (after the catchability check) and go to its code. */
    private void handlerCode(Label[] entry) {
        for (int h = 0; h < entry.length; h++) {
            if (entry[h] == null) {
                continue;
            }
            mv.visitLabel(entry[h]);
            mv.visitVarInsn(ALOAD, lFrame);
            mv.visitVarInsn(ILOAD, lPc);
            rt("caught", "(" + ERROR_D + FRAME_D + "I)" + ERROR_D);
            mv.visitVarInsn(ASTORE, lCaught);
            mv.visitJumpInsn(GOTO, labels[h]);
        }
    }

    private void prologue() {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, lCaller);
        mv.visitVarInsn(ILOAD, lCallPc);
        mv.visitMethodInsn(INVOKEVIRTUAL, VM, "enterCompiled", "(" + FN_D + FRAME_D + "I)" + FRAME_D, false);
        mv.visitVarInsn(ASTORE, lFrame);
        commonLocals(false);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, lPc);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, lCaught);
        int regs = proto.chunk().frameSize();
        for (int r = 0; r < regs; r++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, regBase + r);
        }
        if (proto.selfSlot() >= 0) {
            mv.visitVarInsn(ALOAD, 2);
            rt("receiver", "(" + RECV_D + ")" + OBJ);
            bind(proto.selfCaptured());
            store(proto.selfSlot());
        }
        for (int i = 0; i < arity; i++) {
            mv.visitVarInsn(ALOAD, 3 + i);
            bind(proto.paramCaptured()[i]);
            store(proto.paramSlots()[i]);
        }
        bindFields();
        initLongs();
    }

    /**
     * Every long and double local starts at 0 so the verifier sees it assigned where the deoptimisation block
     * reads it.
     */
    private void initLongs() {
        for (int r = 0; r < longLocal.length; r++) {
            if (longLocal[r] >= 0) {
                mv.visitInsn(LCONST_0);
                mv.visitVarInsn(LSTORE, longLocal[r]);
            }
            if (doubleLocal[r] >= 0) {
                mv.visitInsn(DCONST_0);
                mv.visitVarInsn(DSTORE, doubleLocal[r]);
            }
        }
    }

    /** A legacy method (no {@code self}) sees the receiver's fields as locals; a missing field stays unbound. */
    private void bindFields() {
        String[] names = proto.fieldNames();
        for (int i = 0; i < names.length; i++) {
            Label unbound = new Label();
            Label next = new Label();
            mv.visitVarInsn(ALOAD, 2);
            mv.visitLdcInsn(names[i]);
            rt("receiverField", "(" + RECV_D + "Ljava/lang/String;)" + OBJ);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, unbound);
            bind(proto.fieldCaptured()[i]);
            store(proto.fieldSlots()[i]);
            mv.visitJumpInsn(GOTO, next);
            mv.visitLabel(unbound);
            mv.visitInsn(POP);
            mv.visitLabel(next);
        }
    }

    /**
     * Constants, upvalues and the scratch local, from the frame and the function (a frame taken over reads
     * its own upvalues: a module body's frame has no function).
     */
    private void commonLocals(boolean upvaluesFromFrame) {
        mv.visitVarInsn(ALOAD, lFrame);
        mv.visitFieldInsn(GETFIELD, FRAME, "chunk", "Ldev/ruff/vm/bytecode/Chunk;");
        mv.visitMethodInsn(INVOKEVIRTUAL, "dev/ruff/vm/bytecode/Chunk", "constants", "()[Ljava/lang/Object;", false);
        mv.visitVarInsn(ASTORE, lConsts);
        if (upvaluesFromFrame) {
            mv.visitVarInsn(ALOAD, lFrame);
            mv.visitFieldInsn(GETFIELD, FRAME, "upvalues", "[Ldev/ruff/runtime/Cell;");
        } else {
            mv.visitVarInsn(ALOAD, 1);
            mv.visitFieldInsn(GETFIELD, FN, "upvalues", "[Ldev/ruff/runtime/Cell;");
        }
        mv.visitVarInsn(ASTORE, lUpvalues);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, lTemp);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, VM, "guard", "()" + GUARD_D, false);
        mv.visitVarInsn(ASTORE, lGuard);
        pushInt(mv, RunGuard.LOOP_BATCH);
        mv.visitVarInsn(ISTORE, lTicks);
    }

    /** Charges the back-edges this activation counted but has not charged yet (it is leaving). */
    void chargePendingTicks() {
        if (loopHeads.length > 0) {
            mv.visitVarInsn(ALOAD, lGuard);
            pushInt(mv, RunGuard.LOOP_BATCH);
            mv.visitVarInsn(ILOAD, lTicks);
            mv.visitInsn(ISUB);
            mv.visitMethodInsn(INVOKEVIRTUAL, GUARD, "charge", "(I)V", false);
        }
    }

    /** Takes over the frame's registers and caught error, then continues at the requested loop head. */
    private void resumePrologue() {
        mv.visitVarInsn(ALOAD, lCallPc + 1);
        mv.visitVarInsn(ASTORE, lFrame);
        commonLocals(true);
        mv.visitVarInsn(ALOAD, lFrame);
        mv.visitFieldInsn(GETFIELD, FRAME, "caught", ERROR_D);
        mv.visitVarInsn(ASTORE, lCaught);
        int regs = proto.chunk().frameSize();
        for (int r = 0; r < regs; r++) {
            mv.visitVarInsn(ALOAD, lFrame);
            mv.visitFieldInsn(GETFIELD, FRAME, "regs", "[Ljava/lang/Object;");
            pushInt(mv, r);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, regBase + r);
        }
        mv.visitVarInsn(ILOAD, lCallPc + 2);
        mv.visitVarInsn(ISTORE, lPc);
        initLongs();
        Label[] targets = new Label[loopHeads.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = types.typed() ? unboxAtHead(loopHeads[i]) : labels[loopHeads[i]];
        }
        Label unknown = new Label();
        mv.visitVarInsn(ILOAD, lCallPc + 2);
        mv.visitLookupSwitchInsn(unknown, loopHeads, targets);
        mv.visitLabel(unknown);
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
    }

    /**
     * Entry to loop head {@code head} from a running frame: the registers compiled code keeps unboxed there
     * must hold ints (floats); if one does not (the dispatch loop ran the guessed code with other values), the
     * frame goes back to the dispatch loop at the loop head untouched.
     */
    private Label unboxAtHead(int head) {
        Label entry = new Label();
        Label fail = new Label();
        BitSet ints = types.in[head];
        BitSet floats = types.inFloat[head];
        if (ints.isEmpty() && floats.isEmpty()) {
            return labels[head];
        }
        stubs.add(new Stub(Stub.Kind.UNBOX_AT_HEAD, entry, fail, ints, floats, head, -1));
        return entry;
    }

    /**
     * A stub emitted after the instructions, entered at {@code at}: {@code UNBOX_AT_HEAD} unboxes {@code ints} and
     * {@code floats} and enters loop head {@code pc} (or, at {@code fail}, deoptimises there); {@code DEOPTIMIZE}
     * boxes them and continues on the dispatch loop at {@code pc} ({@code intGuessAt} as in
     * {@link #deoptimizeTo}); {@code BOX_AND_JUMP} boxes them and jumps to {@code pc}; {@code AWAIT_EXIT} leaves
     * at the AWAIT at {@code pc} ({@link #leaveAtAwait}). Data, not lambdas: each lambda shape would cost a class
     * spun at run time, on a cold start.
     */
    private record Stub(Kind kind, Label at, Label fail, BitSet ints, BitSet floats, int pc, int intGuessAt) {
        enum Kind { UNBOX_AT_HEAD, DEOPTIMIZE, BOX_AND_JUMP, AWAIT_EXIT }
    }

    private void emit(Stub stub) {
        mv.visitLabel(stub.at());
        switch (stub.kind()) {
            case UNBOX_AT_HEAD -> {
                unboxOrFail(stub.ints(), "java/lang/Long", "longValue", "()J", LSTORE, longLocal, stub.fail());
                unboxOrFail(stub.floats(), "java/lang/Double", "doubleValue", "()D", DSTORE, doubleLocal, stub.fail());
                mv.visitJumpInsn(GOTO, labels[stub.pc()]);
                mv.visitLabel(stub.fail());
                deoptimizeTo(stub.pc(), -1);
            }
            case DEOPTIMIZE -> {
                box(stub.ints(), stub.floats());
                deoptimizeTo(stub.pc(), stub.intGuessAt());
            }
            case BOX_AND_JUMP -> {
                box(stub.ints(), stub.floats());
                mv.visitJumpInsn(GOTO, labels[stub.pc()]);
            }
            case AWAIT_EXIT -> awaitExitStub(stub.ints(), stub.floats(), stub.pc());
        }
    }

    /** The {@code AWAIT_EXIT} stub of {@link #leaveAtAwait}: the VM's marker is on the JVM stack. */
    private void awaitExitStub(BitSet ints, BitSet floats, int pc) {
        int slots = proto.chunk().slotCount();
        int[] active = analysis.handlers[pc];
        mv.visitInsn(POP);
        box(ints, floats);
        if (active.length == 0) {
            mv.visitInsn(ACONST_NULL);
        } else {
            pushInt(mv, active.length * 2);
            mv.visitIntInsn(NEWARRAY, T_INT);
            for (int i = 0; i < active.length; i++) {
                int[] pair = {active[i], slots + analysis.handlerDepth[active[i]]};
                for (int j = 0; j < 2; j++) {
                    mv.visitInsn(DUP);
                    pushInt(mv, i * 2 + j);
                    pushInt(mv, pair[j]);
                    mv.visitInsn(IASTORE);
                }
            }
        }
        mv.visitVarInsn(ASTORE, lTemp);
        pushInt(mv, pc);
        mv.visitVarInsn(ISTORE, lPc);
        pushInt(mv, slots + analysis.depth[pc]);
        mv.visitVarInsn(ISTORE, lLive);
        mv.visitJumpInsn(GOTO, awaitExit);
    }

    /** Unboxes each register of {@code regs} (an instance of {@code box}) into its primitive local, else fails. */
    private void unboxOrFail(BitSet regs, String box, String getter, String descriptor, int storeOp, int[] local,
                             Label fail) {
        for (int r = regs.nextSetBit(0); r >= 0; r = regs.nextSetBit(r + 1)) {
            mv.visitVarInsn(ALOAD, regBase + r);
            mv.visitTypeInsn(INSTANCEOF, box);
            mv.visitJumpInsn(IFEQ, fail);
            mv.visitVarInsn(ALOAD, regBase + r);
            mv.visitTypeInsn(CHECKCAST, box);
            mv.visitMethodInsn(INVOKEVIRTUAL, box, getter, descriptor, false);
            mv.visitVarInsn(storeOp, local[r]);
        }
    }

    /**
     * Jumps to the deoptimisation block to continue at {@code pc} (the O locals hold every live register);
     * {@code intGuessAt} is the {@code FOR_NEXT} whose int guess failed, or -1.
     */
    private void deoptimizeTo(int pc, int intGuessAt) {
        pushInt(mv, pc);
        mv.visitVarInsn(ISTORE, lPc);
        pushInt(mv, proto.chunk().slotCount() + analysis.depth[pc]);
        mv.visitVarInsn(ISTORE, lLive);
        pushInt(mv, intGuessAt);
        mv.visitVarInsn(ISTORE, lGuess);
        mv.visitJumpInsn(GOTO, deoptimize);
    }

    /**
     * The deoptimisation block (outside the body's exception ranges: the dispatch loop reports its own
     * errors): the frame gets the boxed registers and the dispatch loop runs it from {@code lPc} to its end.
     */
    private void deoptimizeBlock() {
        mv.visitLabel(deoptimize);
        chargePendingTicks();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, lFrame);
        mv.visitVarInsn(ILOAD, lPc);
        mv.visitVarInsn(ILOAD, lLive);
        registerArray();
        mv.visitVarInsn(ILOAD, lGuess);
        mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/jit/Deoptimization", "continueInterpreted",
                "(" + VM_D + FRAME_D + "II[Ljava/lang/Object;I)" + OBJ, false);
        mv.visitInsn(ARETURN);
    }

    /** Pushes a new Object[] of every register's Object local (the live ones are boxed by then). */
    private void registerArray() {
        int regs = proto.chunk().frameSize();
        pushInt(mv, regs);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int r = 0; r < regs; r++) {
            mv.visitInsn(DUP);
            pushInt(mv, r);
            mv.visitVarInsn(ALOAD, regBase + r);
            mv.visitInsn(AASTORE);
        }
    }

    /**
     * The AWAIT at {@code pc} found its promise pending ({@code from}, with the VM's marker on the JVM stack):
     * box the unboxed registers live there, note the try handlers active there (pairs of handler pc and stack
     * pointer, outermost first, as the dispatch loop's TRY_BEGIN pushed them) and leave through the await exit.
     */
    void leaveAtAwait(int pc, Label from) {
        awaitExitUsed = true;
        int slots = proto.chunk().slotCount();
        BitSet ints = types.typed() ? (BitSet) types.in[pc].clone() : new BitSet();
        ints.clear(slots + analysis.depth[pc], Integer.MAX_VALUE);
        BitSet floats = types.typed() ? (BitSet) types.inFloat[pc].clone() : new BitSet();
        floats.clear(slots + analysis.depth[pc], Integer.MAX_VALUE);
        stubs.add(new Stub(Stub.Kind.AWAIT_EXIT, from, null, ints, floats, pc, -1));
    }

    /**
     * The await exit (outside the body's exception ranges): the frame gets the boxed registers, the error an
     * except block handles and the active try handlers, and the method returns the VM's marker, so the task's
     * dispatch loop runs the AWAIT again and suspends there (this body is only entered by on-stack replacement
     * of a task's root frame; see {@link Deoptimization#leaveAtAwait}).
     */
    private void awaitExitBlock() {
        mv.visitLabel(awaitExit);
        chargePendingTicks();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, lFrame);
        mv.visitVarInsn(ILOAD, lPc);
        mv.visitVarInsn(ILOAD, lLive);
        registerArray();
        mv.visitVarInsn(ALOAD, lCaught);
        mv.visitVarInsn(ALOAD, lTemp);
        mv.visitTypeInsn(CHECKCAST, "[I");
        mv.visitMethodInsn(INVOKESTATIC, "dev/ruff/vm/jit/Deoptimization", "leaveAtAwait",
                "(" + VM_D + FRAME_D + "II[Ljava/lang/Object;" + ERROR_D + "[I)" + OBJ, false);
        mv.visitInsn(ARETURN);
    }

    /**
     * A guess failed after the instruction at {@code pc}, whose result is already boxed in its register:
     * box the other unboxed registers live at the next instruction and continue there on the dispatch loop.
     * {@code intGuess}: the guess was an int (a float item then makes the next compilation guess floats).
     */
    void deoptimizeAfter(int pc, int guessedReg, Label from, boolean intGuess) {
        int next = pc + OpCode.width(code[pc]);
        int top = proto.chunk().slotCount() + analysis.depth[next];
        BitSet ints = (BitSet) types.out[pc].clone();
        ints.clear(top, Integer.MAX_VALUE);
        ints.clear(guessedReg);
        BitSet floats = (BitSet) types.outFloat[pc].clone();
        floats.clear(top, Integer.MAX_VALUE);
        floats.clear(guessedReg);
        stubs.add(new Stub(Stub.Kind.DEOPTIMIZE, from, null, ints, floats, next, intGuess ? pc : -1));
    }

    /** Boxes each register of {@code ints} ({@code floats}) from its long (double) local into its Object local. */
    private void box(BitSet ints, BitSet floats) {
        for (int r = ints.nextSetBit(0); r >= 0; r = ints.nextSetBit(r + 1)) {
            mv.visitVarInsn(LLOAD, longLocal[r]);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            mv.visitVarInsn(ASTORE, regBase + r);
        }
        for (int r = floats.nextSetBit(0); r >= 0; r = floats.nextSetBit(r + 1)) {
            mv.visitVarInsn(DLOAD, doubleLocal[r]);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            mv.visitVarInsn(ASTORE, regBase + r);
        }
    }

    /** Registers unboxed after the current instruction but boxed on entry to {@code target}: ints, then floats. */
    private BitSet[] toBox(int target) {
        if (!types.typed() || types.in[target] == null) {
            return new BitSet[] {new BitSet(), new BitSet()};
        }
        return new BitSet[] {notUnboxedAt(target, types.out[currentPc], types.in[target]),
                notUnboxedAt(target, types.outFloat[currentPc], types.inFloat[target])};
    }

    private BitSet notUnboxedAt(int target, BitSet after, BitSet atTarget) {
        BitSet b = (BitSet) after.clone();
        int slots = proto.chunk().slotCount();
        b.clear(slots + analysis.depth[target], Integer.MAX_VALUE);
        b.andNot(atTarget);
        for (int r = b.nextSetBit(0); r >= 0; r = b.nextSetBit(r + 1)) {
            if (!types.live(target, r, slots)) {
                b.clear(r); // never read again before it is overwritten
            }
        }
        return b;
    }

    private void bind(boolean captured) {
        if (captured) {
            rt("newCell", "(" + OBJ + ")" + OBJ);
        } else {
            rt("retain", "(" + OBJ + ")" + OBJ);
        }
    }

    // ================================================================== instructions

    /** Emits the instruction at {@code pc}; {@code sp} is the register index of the first free stack slot. */
    private void instruction(int pc, int depth) {
        int op = code[pc];
        int sp = proto.chunk().slotCount() + depth;
        currentPc = pc;
        if (!OpCode.info(op).is(OpInfo.INFALLIBLE) || isBackEdge(pc)) {
            pushInt(mv, pc);
            mv.visitVarInsn(ISTORE, lPc);
        }
        if (isBackEdge(pc)) {
            backEdgeTick(pc);
        }
        if (!new JitEmit(this, pc, sp).emit(op) && !OpCode.info(op).is(OpInfo.INFALLIBLE)) {
            callsRuntime.set(pc);
        }
        if (op != OpCode.RETURN && op != OpCode.RAISE && op != OpCode.THROW && op != OpCode.JUMP) {
            BitSet[] boxed = toBox(pc + OpCode.width(op)); // falling into a merge where some are boxed
            box(boxed[0], boxed[1]);
        }
    }

    /**
     * The run's limits tick at every loop back-edge, as on the dispatch loop. A loop whose body is all unboxed
     * arithmetic and other instructions that cannot fail counts its back-edges in a local and passes them to
     * the guard every {@link RunGuard#LOOP_BATCH}: reading the stop state at each iteration would cost such a
     * loop about as much as its body. Any other loop (its body may call something slow) ticks every time.
     */
    private void backEdgeTick(int pc) {
        int head = code[pc] == OpCode.JUMP ? code[pc + 1] : code[pc + 6];
        mv.visitVarInsn(ALOAD, lGuard);
        int slow = callsRuntime.nextSetBit(head);
        if (slow >= 0 && slow < pc) {
            mv.visitMethodInsn(INVOKEVIRTUAL, GUARD, "tick", "()V", false);
            return;
        }
        mv.visitInsn(POP);
        Label counted = new Label();
        mv.visitIincInsn(lTicks, -1); // counts down from LOOP_BATCH
        mv.visitVarInsn(ILOAD, lTicks);
        mv.visitJumpInsn(IFGT, counted);
        mv.visitVarInsn(ALOAD, lGuard);
        pushInt(mv, RunGuard.LOOP_BATCH);
        mv.visitMethodInsn(INVOKEVIRTUAL, GUARD, "backEdges", "(I)V", false);
        pushInt(mv, RunGuard.LOOP_BATCH);
        mv.visitVarInsn(ISTORE, lTicks);
        mv.visitLabel(counted);
    }

    /** Whether the instruction at {@code pc} jumps backwards (closes a loop), as the dispatch loop counts them. */
    private boolean isBackEdge(int pc) {
        int op = code[pc];
        return op == OpCode.JUMP && code[pc + 1] < pc || op == OpCode.JUMP_LOCAL_INT && code[pc + 6] < pc;
    }

    // ================================================================== emission primitives (used by JitEmit)

    MethodVisitor mv() {
        return mv;
    }

    int[] code() {
        return code;
    }

    /** Where a jump of the current instruction to {@code pc} goes: there, or to a stub boxing what must be boxed. */
    Label label(int pc) {
        BitSet[] boxed = toBox(pc);
        if (boxed[0].isEmpty() && boxed[1].isEmpty()) {
            return labels[pc];
        }
        Label stub = new Label();
        stubs.add(new Stub(Stub.Kind.BOX_AND_JUMP, stub, null, boxed[0], boxed[1], pc, -1));
        return stub;
    }

    JitTypes types() {
        return types;
    }

    /** Whether register {@code reg} holds an unboxed int on entry to the current instruction. */
    boolean isInt(int reg) {
        return types.isInt(currentPc, reg);
    }

    /** Whether register {@code reg} holds an unboxed int after the current instruction. */
    boolean isIntAfter(int reg) {
        return types.typed() && types.out[currentPc].get(reg);
    }

    void loadLong(int reg) {
        mv.visitVarInsn(LLOAD, longLocal[reg]);
    }

    /** Whether register {@code reg} holds an unboxed float on entry to the current instruction. */
    boolean isFloat(int reg) {
        return types.isFloat(currentPc, reg);
    }

    /** Whether register {@code reg} holds an unboxed float after the current instruction. */
    boolean isFloatAfter(int reg) {
        return types.typed() && types.outFloat[currentPc].get(reg);
    }

    void loadDouble(int reg) {
        mv.visitVarInsn(DLOAD, doubleLocal[reg]);
    }

    void storeDouble(int reg) {
        mv.visitVarInsn(DSTORE, doubleLocal[reg]);
    }

    /** Pushes unboxed number register {@code reg} as a double (an int converted as the runtime converts it). */
    void loadAsDouble(int reg) {
        if (isInt(reg)) {
            loadLong(reg);
            mv.visitInsn(L2D);
        } else {
            loadDouble(reg);
        }
    }

    /** The JVM local holding register {@code reg} as an Object. */
    int objectLocal(int reg) {
        return regBase + reg;
    }

    void storeLong(int reg) {
        mv.visitVarInsn(LSTORE, longLocal[reg]);
    }

    FunctionProto proto() {
        return proto;
    }

    boolean moduleBody() {
        return moduleBody;
    }

    /** Pushes register {@code reg} as an Object (boxing it if it is an unboxed int or float here). */
    void load(int reg) {
        if (isInt(reg)) {
            loadLong(reg);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        } else if (isFloat(reg)) {
            loadDouble(reg);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        } else {
            mv.visitVarInsn(ALOAD, regBase + reg);
        }
    }

    void store(int reg) {
        mv.visitVarInsn(ASTORE, regBase + reg);
    }

    void loadVm() {
        mv.visitVarInsn(ALOAD, 0);
    }

    void loadFrame() {
        mv.visitVarInsn(ALOAD, lFrame);
    }

    /** The invoker of runtime steps that may call back into the VM: this activation's frame (see {@code CallFrame}). */
    void loadInvoker() {
        mv.visitVarInsn(ALOAD, lFrame);
    }

    void loadCaught() {
        mv.visitVarInsn(ALOAD, lCaught);
    }

    void clearCaught() {
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, lCaught);
    }

    void loadUpvalue(int index) {
        mv.visitVarInsn(ALOAD, lUpvalues);
        pushInt(mv, index);
        mv.visitInsn(AALOAD);
    }

    /** Pushes constant-pool entry {@code index} (as the VM reads it, from the chunk's pool). */
    void loadConstant(int index) {
        mv.visitVarInsn(ALOAD, lConsts);
        pushInt(mv, index);
        mv.visitInsn(AALOAD);
    }

    /** Pushes a String constant-pool entry as a JVM constant. */
    void loadName(int index) {
        mv.visitLdcInsn((String) proto.chunk().constants()[index]);
    }

    void pushInt(int v) {
        pushInt(mv, v);
    }

    /** Pushes a new Object[] of registers {@code first .. first + n)}. */
    void loadArray(int first, int n) {
        pushInt(mv, n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            load(first + i);
            mv.visitInsn(AASTORE);
        }
    }

    void rt(String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, RT, name, descriptor, false);
    }

    void vm(String name, String descriptor) {
        mv.visitMethodInsn(INVOKEVIRTUAL, VM, name, descriptor, false);
    }

    static void pushInt(MethodVisitor m, int v) {
        if (v >= -1 && v <= 5) {
            m.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            m.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            m.visitIntInsn(SIPUSH, v);
        } else {
            m.visitLdcInsn(v);
        }
    }
}
