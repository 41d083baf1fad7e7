package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.Shapes;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Which registers compiled code keeps as unboxed {@code long}s (JVM long locals) on entry to each instruction,
 * found by a forward dataflow over the chunk: a register is an int where every path reaching the instruction
 * left an int in it. Ints come from int constants, and from {@code + - * / %} and negation of ints, which the
 * runtime ({@code Operators.addExact} and friends) defines to give an int or raise, never anything else; so
 * those need no check. One thing is a guess: the item a {@code for} loop takes from its iterator (a
 * {@link RangeCursor} gives ints without boxing); compiled code checks it, and when the guess fails the frame
 * goes back to the dispatch loop (see {@link Deoptimization}) and the chunk is recompiled without guesses.
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
    /** Registers that are an int somewhere: each gets a JVM long local. */
    final BitSet everInt;
    /** Local slots that may hold an int (never a cell, an accumulator or a captured variable). */
    final boolean[] eligible;
    /** Whether {@code FOR_NEXT} at this index guesses its item is an int. */
    public final boolean[] guessesInt;
    /**
     * Local slots whose value may still be read from each code index on (before being overwritten): a dead int
     * need not be boxed where paths meet (a loop variable at its loop head, say).
     */
    final BitSet[] liveLocals;

    private JitTypes(BitSet[] in, BitSet[] out, BitSet everInt, boolean[] eligible, boolean[] guessesInt,
                     BitSet[] liveLocals) {
        this.in = in;
        this.out = out;
        this.everInt = everInt;
        this.eligible = eligible;
        this.guessesInt = guessesInt;
        this.liveLocals = liveLocals;
    }

    /** No unboxed registers: the chunk is compiled with every register an Object. */
    static JitTypes none(int codeLength) {
        return new JitTypes(null, null, new BitSet(), new boolean[0], new boolean[codeLength + 1], null);
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

    /**
     * The types of {@code proto}'s chunk, or {@link #none} when they cannot be inferred or are not wanted
     * ({@code guesses} false after a guess failed: then only the proven ints stay unboxed).
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
        private final BitSet[] in;
        private final BitSet[] out;
        private final boolean[] guessesInt;
        private boolean failed;

        Flow(Chunk chunk, JitAnalysis analysis, boolean[] eligible, boolean guesses) {
            this.code = chunk.code();
            this.pool = chunk.constants();
            this.slots = chunk.slotCount();
            this.depth = analysis.depth;
            this.eligible = eligible;
            this.guesses = guesses;
            this.in = new BitSet[code.length + 1];
            this.out = new BitSet[code.length + 1];
            this.guessesInt = new boolean[code.length + 1];
        }

        JitTypes run() {
            Deque<Integer> work = new ArrayDeque<>();
            in[0] = new BitSet();
            work.push(0);
            while (!work.isEmpty() && !failed) {
                int pc = work.pop();
                BitSet after = transfer(pc, in[pc]);
                out[pc] = after;
                for (int s : successors(pc)) {
                    BitSet edge = (BitSet) after.clone();
                    edge.clear(slots + depth[s], Integer.MAX_VALUE);
                    if (in[s] == null) {
                        in[s] = edge;
                        work.push(s);
                    } else {
                        BitSet merged = (BitSet) in[s].clone();
                        merged.and(edge);
                        if (!merged.equals(in[s])) {
                            in[s] = merged;
                            work.push(s);
                        }
                    }
                }
            }
            BitSet ever = new BitSet();
            for (BitSet b : out) {
                if (b != null) {
                    ever.or(b);
                }
            }
            if (failed || ever.isEmpty()) {
                return none(code.length);
            }
            return new JitTypes(in, out, ever, eligible, guessesInt, liveness());
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

        private BitSet transfer(int pc, BitSet before) {
            BitSet t = (BitSet) before.clone();
            int op = code[pc];
            int sp = slots + depth[pc];
            switch (op) {
                case OpCode.CONST:
                    t.set(sp, pool[code[pc + 1]] instanceof Long);
                    return t;
                case OpCode.LOAD_LOCAL: case OpCode.LOAD_ACC:
                    t.set(sp, before.get(code[pc + 1]));
                    return t;
                case OpCode.DUP:
                    t.set(sp, before.get(sp - 1));
                    return t;
                case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL: {
                    int dst = code[pc + 1];
                    t.set(dst, eligible[dst] && before.get(sp - 1));
                    return t;
                }
                case OpCode.ADD: case OpCode.SUB: case OpCode.MUL: case OpCode.DIV: case OpCode.MOD:
                    t.set(sp - 2, before.get(sp - 2) && before.get(sp - 1));
                    return t;
                case OpCode.APPEND_LOCAL: {
                    // t := t + x into an accumulating local: on two ints, an int add
                    int dst = code[pc + 1];
                    t.set(dst, eligible[dst] && before.get(sp - 2) && before.get(sp - 1));
                    return t;
                }
                case OpCode.NEG: case OpCode.ADD_INT: case OpCode.SUB_INT:
                    return t; // an int stays an int; anything else stays boxed
                case OpCode.LOCAL_INT_OP:
                    t.set(sp, before.get(code[pc + 2]));
                    return t;
                case OpCode.STORE_INT_OP: {
                    int dst = code[pc + 6];
                    t.set(dst, eligible[dst] && before.get(code[pc + 2]));
                    return t;
                }
                case OpCode.LOCALS_OP:
                    t.set(sp, before.get(code[pc + 2]) && before.get(code[pc + 5]));
                    return t;
                case OpCode.STORE_LOCALS_OP: {
                    int dst = code[pc + 8];
                    t.set(dst, eligible[dst] && before.get(code[pc + 2])
                            && before.get(code[pc + 5]));
                    return t;
                }
                case OpCode.FOR_NEXT:
                    guessesInt[pc] = guesses;
                    t.set(sp, guesses);
                    return t;
                case OpCode.CLEAR_SLOTS:
                    t.clear(code[pc + 1], code[pc + 1] + code[pc + 2]);
                    return t;
                case OpCode.RANGE_LOOP:
                    // Its jump writes the cursor over the callee, which is never an int unless the script
                    // shadows range with an int; such a chunk is simply not typed.
                    if (before.get(sp - code[pc + 1] - 1)) {
                        failed = true;
                    }
                    return t;
                default:
                    break;
            }
            if (writesTop(op)) {
                int after = depth[pc] + OpCode.info(op).effect(code, pc, pool);
                if (after >= 1) {
                    t.clear(slots + after - 1);
                }
            } else if (!writesNoStackSlot(op)) {
                failed = true;
            }
            return t;
        }
    }
}
