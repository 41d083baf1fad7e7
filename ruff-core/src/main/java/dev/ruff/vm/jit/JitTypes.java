package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.Shapes;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Which registers compiled code keeps as unboxed {@code long}s (ints, in JVM long locals) or {@code double}s
 * (floats, in JVM double locals) on entry to each instruction, found by a forward dataflow over the chunk: a
 * register is an int (a float) where every path reaching the instruction left an int (a float) in it. Ints
 * come from int constants, and from {@code + - * / %} and negation of ints, which the runtime
 * ({@code Operators.addExact} and friends) defines to give an int or raise, never anything else. Floats come
 * from float constants, from the same operators on two numbers at least one of which is a float (the runtime
 * converts the int and gives a float or raises), and from a float on the left of one of them whatever the
 * right operand is (only a struct on the left overloads an operator). So those need no check. One thing is
 * a guess: the item a {@code for} loop takes from its iterator, an int (a {@code RangeCursor} gives ints
 * without boxing), or a float where an int guess there met a float before ({@code Chunk.floatItems});
 * compiled code checks it, and when the guess fails the frame goes back to the dispatch loop (see
 * {@link Deoptimization}) and the chunk is recompiled with the float guess or without guesses.
 *
 * <p>Types are only inferred for chunks whose every instruction this class knows (which registers it writes)
 * and that have no try blocks (a handler would be entered from many points with different register types);
 * other chunks are compiled with every register boxed, as before.</p>
 */
public final class JitTypes {
    /** Int registers on entry per code index (null where unreachable or between instructions). */
    public final BitSet[] in;
    /** Int registers after each instruction, on the paths that leave it (restricted per target by its depth). */
    final BitSet[] out;
    /** Float registers on entry per code index (null where unreachable or between instructions). */
    public final BitSet[] inFloat;
    /** Float registers after each instruction, like {@link #out}. */
    final BitSet[] outFloat;
    /** Registers that are an int somewhere: each gets a JVM long local. */
    final BitSet everInt;
    /** Registers that are a float somewhere: each gets a JVM double local. */
    final BitSet everFloat;
    /** Local slots that may hold an unboxed number (never a cell, an accumulator or a captured variable). */
    final boolean[] eligible;
    /** Whether {@code FOR_NEXT} at this index guesses its item is an int. */
    public final boolean[] guessesInt;
    /** Whether {@code FOR_NEXT} at this index guesses its item is a float. */
    public final boolean[] guessesFloat;
    /**
     * Local slots whose value may still be read from each code index on (before being overwritten): a dead int
     * need not be boxed where paths meet (a loop variable at its loop head, say).
     */
    final BitSet[] liveLocals;

    private JitTypes(BitSet[] in, BitSet[] out, BitSet[] inFloat, BitSet[] outFloat, BitSet everInt,
                     BitSet everFloat, boolean[] eligible, boolean[] guessesInt, boolean[] guessesFloat,
                     BitSet[] liveLocals) {
        this.in = in;
        this.out = out;
        this.inFloat = inFloat;
        this.outFloat = outFloat;
        this.everInt = everInt;
        this.everFloat = everFloat;
        this.eligible = eligible;
        this.guessesInt = guessesInt;
        this.guessesFloat = guessesFloat;
        this.liveLocals = liveLocals;
    }

    /** No unboxed registers: the chunk is compiled with every register an Object. */
    static JitTypes none(int codeLength) {
        return new JitTypes(null, null, null, null, new BitSet(), new BitSet(), new boolean[0],
                new boolean[codeLength + 1], new boolean[codeLength + 1], null);
    }

    /** Whether register {@code reg} (a local slot, or a stack slot, always live) may be read from {@code pc} on. */
    boolean live(int pc, int reg, int slots) {
        return reg >= slots || liveLocals[pc].get(reg);
    }

    public boolean typed() {
        return in != null;
    }

    boolean isInt(int pc, int reg) {
        return in != null && in[pc] != null && in[pc].get(reg);
    }

    boolean isFloat(int pc, int reg) {
        return inFloat != null && inFloat[pc] != null && inFloat[pc].get(reg);
    }

    /**
     * The types of {@code proto}'s chunk, or {@link #none} when they cannot be inferred or are not wanted
     * ({@code guesses} false after a guess failed: then only the proven ints and floats stay unboxed).
     */
    public static JitTypes of(FunctionProto proto, JitAnalysis analysis, boolean guesses) {
        Chunk chunk = proto.chunk();
        int[] code = chunk.code();
        boolean[] eligible = eligibleSlots(proto, code, chunk.constants(), chunk.slotCount());
        if (eligible == null) {
            return none(code.length);
        }
        return new Flow(chunk, analysis, eligible, guesses).run();
    }

    /** Local slots only touched by plain local reads and stores; null when the chunk cannot be typed. */
    private static boolean[] eligibleSlots(FunctionProto proto, int[] code, Object[] pool, int slots) {
        boolean[] ok = new boolean[slots];
        java.util.Arrays.fill(ok, true);
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            int op = code[pc];
            switch (op) {
                case OpCode.TRY_BEGIN: case OpCode.YIELD:
                    return null;
                case OpCode.DECLARE_CELL: case OpCode.NEW_CELL: case OpCode.ASSIGN_SLOT: case OpCode.CELL_SET:
                case OpCode.LOAD_CELL:
                    ok[code[pc + 1]] = false;
                    break;
                case OpCode.LOAD_OR_NULL: case OpCode.LOAD_RAW:
                    if (code[pc + 1] == 0) {
                        ok[code[pc + 2]] = false;
                    }
                    break;
                case OpCode.LOCALS_OP: case OpCode.STORE_LOCALS_OP:
                    // op 3 adds into an accumulating local (strings grow in place); on two ints it adds.
                    if (code[pc + 1] > 3) {
                        return null;
                    }
                    break;
                case OpCode.SET_PATH: {
                    Shapes.Path path = (Shapes.Path) pool[code[pc + 1]];
                    if (path.rootKind() == 0) {
                        ok[path.rootIndex()] = false;
                    }
                    break;
                }
                case OpCode.CLOSURE: {
                    FunctionProto p = (FunctionProto) pool[code[pc + 1]];
                    for (int i = 0; i < p.upvalueIndex().length; i++) {
                        if (p.upvalueFromLocal()[i]) {
                            ok[p.upvalueIndex()[i]] = false;
                        }
                    }
                    break;
                }
                default:
                    if (!known(op)) {
                        return null;
                    }
                    break;
            }
        }
        if (proto.selfSlot() >= 0) {
            ok[proto.selfSlot()] = false;
        }
        for (int slot : proto.fieldSlots()) {
            ok[slot] = false;
        }
        return ok;
    }

    /** Instructions that write no register of the operand stack (jumps, stores, pops, effects). */
    private static boolean writesNoStackSlot(int op) {
        switch (op) {
            case OpCode.POP: case OpCode.TRY_END: case OpCode.JUMP: case OpCode.JUMP_IF_FALSE:
            case OpCode.JUMP_IF_TRUE: case OpCode.JUMP_IF_NOT_NULL: case OpCode.JUMP_UNLESS_LT:
            case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT: case OpCode.JUMP_UNLESS_GE:
            case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE: case OpCode.JUMP_UNLESS_INT:
            case OpCode.JUMP_LOCAL_INT: case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
            case OpCode.DECLARE_CELL: case OpCode.DEFINE_GLOBAL: case OpCode.ASSIGN_SLOT:
            case OpCode.ASSIGN_UPVALUE: case OpCode.ASSIGN_GLOBAL: case OpCode.NEW_CELL: case OpCode.CELL_SET:
            case OpCode.CLEAR_SLOTS: case OpCode.STORE_INT_OP: case OpCode.STORE_LOCALS_OP:
            case OpCode.APPEND_LOCAL: case OpCode.ARRAY_ADD: case OpCode.ARRAY_SPREAD: case OpCode.DICT_PUT:
            case OpCode.DICT_SPREAD: case OpCode.SET_PATH: case OpCode.RETURN: case OpCode.THROW:
            case OpCode.RAISE: case OpCode.MATCH_CASE: case OpCode.RANGE_LOOP: case OpCode.IMPORT:
            case OpCode.FROM_IMPORT: case OpCode.SPAWN:
                return true;
            default:
                return false;
        }
    }

    /** Instructions whose only register write is the top of the stack they leave (the rule of the VM's stack). */
    private static boolean writesTop(int op) {
        switch (op) {
            case OpCode.CONST: case OpCode.NULL: case OpCode.TRUE: case OpCode.FALSE: case OpCode.NONE:
            case OpCode.DUP: case OpCode.LOAD_LOCAL: case OpCode.LOAD_CELL: case OpCode.LOAD_UPVALUE:
            case OpCode.LOAD_GLOBAL: case OpCode.LOAD_OR_NULL: case OpCode.ADD: case OpCode.SUB: case OpCode.MUL:
            case OpCode.DIV: case OpCode.MOD: case OpCode.EQ: case OpCode.NE: case OpCode.LT: case OpCode.LE:
            case OpCode.GT: case OpCode.GE: case OpCode.NEG: case OpCode.NOT: case OpCode.TRUTHY:
            case OpCode.BUILD_STRING: case OpCode.BUILD_ARRAY: case OpCode.ARRAY_BEGIN: case OpCode.ARRAY_END:
            case OpCode.DICT_BEGIN: case OpCode.DICT_KEY: case OpCode.MAKE_STRUCT: case OpCode.MAKE_TAG:
            case OpCode.WRAP: case OpCode.CLOSURE: case OpCode.STRUCT_DEF: case OpCode.GET_FIELD:
            case OpCode.GET_FIELD_OPT: case OpCode.GET_INDEX: case OpCode.CALL: case OpCode.METHOD_CALL:
            case OpCode.TRY_UNWRAP: case OpCode.ITER: case OpCode.FOR_NEXT: case OpCode.CASE_PAYLOAD:
            case OpCode.PATTERN_ELEMENT: case OpCode.PATTERN_REST: case OpCode.PATTERN_KEY:
            case OpCode.PATTERN_DICT_REST: case OpCode.ADD_INT: case OpCode.SUB_INT: case OpCode.LOCAL_INT_OP:
            case OpCode.LOCALS_OP: case OpCode.LOAD_RAW: case OpCode.CONCAT: case OpCode.LOAD_ACC:
            case OpCode.AWAIT:
                return true;
            default:
                return false;
        }
    }

    private static boolean known(int op) {
        return writesTop(op) || writesNoStackSlot(op);
    }

    /** The forward dataflow: a worklist over instructions, merging by intersection where paths meet. */
    private static final class Flow {
        private final int[] code;
        private final Object[] pool;
        private final int slots;
        private final int[] depth;
        private final boolean[] eligible;
        private final boolean guesses;
        private final boolean[] floatItems;
        private final BitSet[] in;
        private final BitSet[] out;
        private final BitSet[] inFloat;
        private final BitSet[] outFloat;
        private final boolean[] guessesInt;
        private final boolean[] guessesFloat;
        private boolean failed;

        Flow(Chunk chunk, JitAnalysis analysis, boolean[] eligible, boolean guesses) {
            this.code = chunk.code();
            this.pool = chunk.constants();
            this.slots = chunk.slotCount();
            this.depth = analysis.depth;
            this.eligible = eligible;
            this.guesses = guesses;
            this.floatItems = chunk.floatItems;
            this.in = new BitSet[code.length + 1];
            this.out = new BitSet[code.length + 1];
            this.inFloat = new BitSet[code.length + 1];
            this.outFloat = new BitSet[code.length + 1];
            this.guessesInt = new boolean[code.length + 1];
            this.guessesFloat = new boolean[code.length + 1];
        }

        JitTypes run() {
            Deque<Integer> work = new ArrayDeque<>();
            in[0] = new BitSet();
            inFloat[0] = new BitSet();
            work.push(0);
            while (!work.isEmpty() && !failed) {
                int pc = work.pop();
                ints = (BitSet) in[pc].clone();
                floats = (BitSet) inFloat[pc].clone();
                transfer(pc);
                out[pc] = ints;
                outFloat[pc] = floats;
                for (int s : successors(pc)) {
                    BitSet edge = (BitSet) ints.clone();
                    edge.clear(slots + depth[s], Integer.MAX_VALUE);
                    BitSet edgeFloat = (BitSet) floats.clone();
                    edgeFloat.clear(slots + depth[s], Integer.MAX_VALUE);
                    if (in[s] == null) {
                        in[s] = edge;
                        inFloat[s] = edgeFloat;
                        work.push(s);
                    } else {
                        // where paths meet, a register keeps a kind only if every path gives it that kind
                        BitSet merged = (BitSet) in[s].clone();
                        merged.and(edge);
                        BitSet mergedFloat = (BitSet) inFloat[s].clone();
                        mergedFloat.and(edgeFloat);
                        if (!merged.equals(in[s]) || !mergedFloat.equals(inFloat[s])) {
                            in[s] = merged;
                            inFloat[s] = mergedFloat;
                            work.push(s);
                        }
                    }
                }
            }
            BitSet ever = new BitSet();
            BitSet everFloat = new BitSet();
            for (int pc = 0; pc < out.length; pc++) {
                if (out[pc] != null) {
                    ever.or(out[pc]);
                    everFloat.or(outFloat[pc]);
                }
            }
            if (failed || ever.isEmpty() && everFloat.isEmpty()) {
                return none(code.length);
            }
            return new JitTypes(in, out, inFloat, outFloat, ever, everFloat, eligible, guessesInt, guessesFloat,
                    liveness());
        }

        /**
         * Backward liveness of the local slots that may hold ints: every read of such a slot is one of the
         * plain local reads below (any other reader made the slot ineligible).
         */
        private BitSet[] liveness() {
            BitSet[] live = new BitSet[code.length + 1];
            for (int pc = 0; pc < code.length; pc++) {
                if (in[pc] != null) {
                    live[pc] = new BitSet();
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int pc = code.length - 1; pc >= 0; pc--) {
                    if (live[pc] == null) {
                        continue;
                    }
                    BitSet l = new BitSet();
                    for (int s : successors(pc)) {
                        if (live[s] != null) {
                            l.or(live[s]);
                        }
                    }
                    defsAndUses(pc, l);
                    if (!l.equals(live[pc])) {
                        live[pc] = l;
                        changed = true;
                    }
                }
            }
            return live;
        }

        /** Turns the live set after the instruction at {@code pc} into the live set before it. */
        private void defsAndUses(int pc, BitSet l) {
            switch (code[pc]) {
                case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                    l.clear(code[pc + 1]);
                    break;
                case OpCode.CLEAR_SLOTS:
                    l.clear(code[pc + 1], code[pc + 1] + code[pc + 2]);
                    break;
                case OpCode.LOAD_LOCAL: case OpCode.LOAD_ACC: case OpCode.APPEND_LOCAL:
                    l.set(code[pc + 1]);
                    break;
                case OpCode.LOCAL_INT_OP: case OpCode.JUMP_LOCAL_INT:
                    l.set(code[pc + 2]);
                    break;
                case OpCode.STORE_INT_OP:
                    l.clear(code[pc + 6]);
                    l.set(code[pc + 2]);
                    break;
                case OpCode.LOCALS_OP:
                    l.set(code[pc + 2]);
                    l.set(code[pc + 5]);
                    break;
                case OpCode.STORE_LOCALS_OP:
                    l.clear(code[pc + 8]);
                    l.set(code[pc + 2]);
                    l.set(code[pc + 5]);
                    break;
                default:
                    break;
            }
        }

        private int[] successors(int pc) {
            int op = code[pc];
            int next = pc + OpCode.width(op);
            switch (op) {
                case OpCode.RETURN: case OpCode.RAISE: case OpCode.THROW:
                    return new int[0];
                case OpCode.JUMP:
                    return new int[] {code[pc + 1]};
                case OpCode.JUMP_IF_FALSE: case OpCode.JUMP_IF_TRUE: case OpCode.JUMP_UNLESS_LT:
                case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT: case OpCode.JUMP_UNLESS_GE:
                case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE: case OpCode.JUMP_IF_NOT_NULL:
                case OpCode.FOR_NEXT:
                    return new int[] {code[pc + 1], next};
                case OpCode.RANGE_LOOP:
                    return new int[] {code[pc + 2], next};
                case OpCode.MATCH_CASE:
                    return new int[] {code[pc + 2], next};
                case OpCode.JUMP_LOCAL_INT:
                    return new int[] {code[pc + 6], next};
                case OpCode.JUMP_UNLESS_INT:
                    return new int[] {code[pc + 3], next};
                default:
                    return new int[] {next};
            }
        }

        /** The registers' kinds while {@link #transfer} runs: on entry to the instruction, then after it. */
        private BitSet ints;
        private BitSet floats;

        private static final int BOXED = 0;
        private static final int INT = 1;
        private static final int FLOAT = 2;

        private int kind(int reg) {
            return ints.get(reg) ? INT : floats.get(reg) ? FLOAT : BOXED;
        }

        private void set(int reg, int kind) {
            ints.set(reg, kind == INT);
            floats.set(reg, kind == FLOAT);
        }

        /**
         * {@code + - * / %} as the runtime defines them: int on two ints, float on any other two numbers, and a
         * float on the left gives a float or raises whatever the right is (only a struct on the left overloads).
         */
        private static int arithmetic(int a, int b) {
            if (a == FLOAT) {
                return FLOAT;
            }
            if (a == BOXED || b == BOXED) {
                return BOXED;
            }
            return a == INT && b == INT ? INT : FLOAT;
        }

        private void setLocal(int dst, int kind) {
            set(dst, eligible[dst] ? kind : BOXED);
        }

        /** Turns {@link #ints} and {@link #floats} (on entry to {@code pc}) into the kinds after it. */
        private void transfer(int pc) {
            int op = code[pc];
            int sp = slots + depth[pc];
            switch (op) {
                case OpCode.CONST: {
                    Object c = pool[code[pc + 1]];
                    set(sp, c instanceof Long ? INT : c instanceof Double ? FLOAT : BOXED);
                    return;
                }
                case OpCode.LOAD_LOCAL: case OpCode.LOAD_ACC:
                    set(sp, kind(code[pc + 1]));
                    return;
                case OpCode.DUP:
                    set(sp, kind(sp - 1));
                    return;
                case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                    setLocal(code[pc + 1], kind(sp - 1));
                    return;
                case OpCode.ADD: case OpCode.SUB: case OpCode.MUL: case OpCode.DIV: case OpCode.MOD:
                    set(sp - 2, arithmetic(kind(sp - 2), kind(sp - 1)));
                    return;
                case OpCode.APPEND_LOCAL:
                    // t := t + x into an accumulating local: on two numbers, an add
                    setLocal(code[pc + 1], arithmetic(kind(sp - 2), kind(sp - 1)));
                    return;
                case OpCode.NEG: case OpCode.ADD_INT: case OpCode.SUB_INT:
                    return; // an int stays an int, a float a float; anything else stays boxed
                case OpCode.LOCAL_INT_OP:
                    set(sp, kind(code[pc + 2]));
                    return;
                case OpCode.STORE_INT_OP:
                    setLocal(code[pc + 6], kind(code[pc + 2]));
                    return;
                case OpCode.LOCALS_OP:
                    set(sp, arithmetic(kind(code[pc + 2]), kind(code[pc + 5])));
                    return;
                case OpCode.STORE_LOCALS_OP:
                    setLocal(code[pc + 8], arithmetic(kind(code[pc + 2]), kind(code[pc + 5])));
                    return;
                case OpCode.FOR_NEXT: {
                    boolean floatItem = floatItems != null && floatItems[pc];
                    guessesInt[pc] = guesses && !floatItem;
                    guessesFloat[pc] = guesses && floatItem;
                    set(sp, !guesses ? BOXED : floatItem ? FLOAT : INT);
                    return;
                }
                case OpCode.CLEAR_SLOTS:
                    ints.clear(code[pc + 1], code[pc + 1] + code[pc + 2]);
                    floats.clear(code[pc + 1], code[pc + 1] + code[pc + 2]);
                    return;
                case OpCode.RANGE_LOOP:
                    // Its jump writes the cursor over the callee, which is never a number unless the script
                    // shadows range with one; such a chunk is simply not typed.
                    if (kind(sp - code[pc + 1] - 1) != BOXED) {
                        failed = true;
                    }
                    return;
                default:
                    break;
            }
            if (writesTop(op)) {
                int after = depth[pc] + OpCode.info(op).effect(code, pc, pool);
                if (after >= 1) {
                    set(slots + after - 1, BOXED);
                }
            } else if (!writesNoStackSlot(op)) {
                failed = true;
            }
        }
    }
}
