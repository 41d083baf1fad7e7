package dev.ruff.vm.bytecode;

/**
 * The VM's instruction set. An instruction is an opcode followed by its int operands in
 * {@link Chunk#code()}. "K" operands index the constant pool, "C" operands the chunk's inline caches,
 * "T" operands are absolute jump targets, "S" operands frame slots.
 *
 * <p>Stack effects are listed as {@code (before -- after)}. The opcodes stay int constants so the dispatch
 * loop switches on ints; everything else about an opcode (name, operand kinds, stack effect on each path,
 * control flow, whether it can fail) is defined once, in the table {@link #info} reads, for the builder,
 * the disassembler and the compile tier.</p>
 */
public final class OpCode {
    private OpCode() {
    }

    // ---- constants and stack shuffling
    /** {@code K: ( -- value)}. */
    public static final int CONST = 0;
    public static final int NULL = 1;
    public static final int TRUE = 2;
    public static final int FALSE = 3;
    public static final int NONE = 4;
    public static final int POP = 5;
    public static final int DUP = 6;

    // ---- variables
    /** {@code S K(name) C: ( -- v)}; an unbound slot falls back to the globals. */
    public static final int LOAD_LOCAL = 7;
    /** {@code S K(name) C: ( -- v)}; the slot holds a captured variable's {@code Cell}. */
    public static final int LOAD_CELL = 8;
    /** {@code index K(name) C: ( -- v)}. */
    public static final int LOAD_UPVALUE = 9;
    /** {@code K(name) C: ( -- v)}; the GlobalVar (or native) found is cached per instruction. */
    public static final int LOAD_GLOBAL = 10;
    /** {@code kind index K(name): ( -- v or null)}: a struct literal's declaration, never failing. */
    public static final int LOAD_OR_NULL = 11;
    /** {@code S: (v -- )} binds a plain local. */
    public static final int DECLARE_LOCAL = 12;
    /** {@code S: (v -- )} binds a captured local in a fresh cell. */
    public static final int DECLARE_CELL = 13;
    /** {@code K(name) kind checkDuplicate: (v -- )}. */
    public static final int DEFINE_GLOBAL = 14;
    /** {@code S: (v -- )} plain {@code x := v} to a known local. */
    public static final int ASSIGN_LOCAL = 15;
    /** {@code S K(name) C flags: (v -- )} assignment that may update a global (dynamic) or a cell. */
    public static final int ASSIGN_SLOT = 16;
    /** {@code index K(name) dynamic: (v -- )}. */
    public static final int ASSIGN_UPVALUE = 17;
    /** {@code K(name) C: (v -- )}. */
    public static final int ASSIGN_GLOBAL = 18;
    /** {@code S: ( -- )} puts an empty cell into a slot (a local function that may call itself). */
    public static final int NEW_CELL = 19;
    /** {@code S: (v -- )} sets the cell held by a slot. */
    public static final int CELL_SET = 20;
    /** {@code first count: ( -- )} clears a block's slots on entry (fresh variables per iteration). */
    public static final int CLEAR_SLOTS = 21;

    // ---- operators
    public static final int ADD = 22;
    public static final int SUB = 23;
    public static final int MUL = 24;
    public static final int DIV = 25;
    public static final int MOD = 26;
    public static final int EQ = 27;
    public static final int NE = 28;
    public static final int LT = 29;
    public static final int LE = 30;
    public static final int GT = 31;
    public static final int GE = 32;
    public static final int NEG = 33;
    public static final int NOT = 34;
    /** {@code (v -- bool)} truthiness as a Boolean. */
    public static final int TRUTHY = 35;

    // ---- jumps
    /** {@code T}. */
    public static final int JUMP = 36;
    /** {@code T: (v -- )} jumps when {@code v} is falsey. */
    public static final int JUMP_IF_FALSE = 37;
    /** {@code T: (v -- )} jumps when {@code v} is truthy. */
    public static final int JUMP_IF_TRUE = 38;
    /** {@code T: (v -- v | )} for {@code ??}: keeps and jumps when {@code v} is not null, else pops. */
    public static final int JUMP_IF_NOT_NULL = 39;

    // ---- building values
    /** {@code n: (v1..vn -- string)} interpolation. */
    public static final int BUILD_STRING = 40;
    /** {@code n: (v1..vn -- array)}. */
    public static final int BUILD_ARRAY = 41;
    /** {@code ( -- builder)} starts an array literal with spreads. */
    public static final int ARRAY_BEGIN = 42;
    /** {@code (builder v -- builder)}. */
    public static final int ARRAY_ADD = 43;
    /** {@code (builder array -- builder)}; {@code Can only spread arrays}. */
    public static final int ARRAY_SPREAD = 44;
    /** {@code (builder -- array)}. */
    public static final int ARRAY_END = 45;
    /** {@code ( -- dict)}. */
    public static final int DICT_BEGIN = 46;
    /** {@code (key -- stringKey)}; {@code Dict keys must be strings}. */
    public static final int DICT_KEY = 47;
    /** {@code (dict key v -- dict)}. */
    public static final int DICT_PUT = 48;
    /** {@code (dict other -- dict)}; {@code Can only spread dicts}. */
    public static final int DICT_SPREAD = 49;
    /** {@code K(StructShape) n: (declOrNull v1..vn -- instance)}. */
    public static final int MAKE_STRUCT = 50;
    /** {@code K(enum) K(variant) n: (v1..vn -- tag)}. */
    public static final int MAKE_TAG = 51;
    /** {@code kind: (v -- Ok(v)|Err(v)|Some(v))}: 0 Ok, 1 Err, 2 Some. */
    public static final int WRAP = 52;
    /** {@code K(FunctionProto): ( -- function)} captures upvalues from the current frame. */
    public static final int CLOSURE = 53;
    /** {@code K(StructDeclShape): (defaults... methods... -- structdef)}. */
    public static final int STRUCT_DEF = 54;

    // ---- access
    /** {@code K(name): (obj -- v)}. */
    public static final int GET_FIELD = 55;
    /** {@code K(name): (obj -- v)} for {@code obj?.name}. */
    public static final int GET_FIELD_OPT = 56;
    /** {@code (obj index -- v)}. */
    public static final int GET_INDEX = 57;
    /** {@code K(PathShape): (value key1..keyn -- )} writes {@code root.f[k]... := value}. */
    public static final int SET_PATH = 58;

    // ---- calls
    /** {@code argc: (callee a1..an -- result)}. */
    public static final int CALL = 59;
    /** {@code K(name) argc C: (receiver a1..an -- result)}. */
    public static final int METHOD_CALL = 60;
    /** {@code (v -- )} returns from the frame. */
    public static final int RETURN = 61;
    /** {@code (v -- payload)}: {@code ?} returns Err/None from the frame. */
    public static final int TRY_UNWRAP = 62;
    /** {@code n: (a1..an -- )} raises {@code throw(...)}. */
    public static final int THROW = 63;
    /** {@code K(message): ( -- )} raises a fixed error (binding errors, unsupported forms). */
    public static final int RAISE = 64;

    // ---- iteration and match
    /** {@code (iterable -- iterator)}. */
    public static final int ITER = 65;
    /** {@code T: (iterator -- iterator item)} or jumps to T (iterator kept) when exhausted. */
    public static final int FOR_NEXT = 66;
    /** {@code K(pattern) T: (subject -- subject)} jumps to T unless the case pattern matches. */
    public static final int MATCH_CASE = 67;
    /** {@code (subject -- subject payload)}. */
    public static final int CASE_PAYLOAD = 68;

    // ---- destructuring
    /** {@code i: (v -- v elem)}. */
    public static final int PATTERN_ELEMENT = 69;
    /** {@code i: (v -- v rest)}. */
    public static final int PATTERN_REST = 70;
    /** {@code K(name): (v -- v value)}. */
    public static final int PATTERN_KEY = 71;
    /** {@code K(String[] taken): (v -- v restDict)}. */
    public static final int PATTERN_DICT_REST = 72;

    // ---- exceptions
    /** {@code T: ( -- )} installs a handler at T for errors until the matching TRY_END. */
    public static final int TRY_BEGIN = 73;
    /** Removes the innermost handler. */
    public static final int TRY_END = 74;
    /** {@code ( -- Error struct)} the caught error as the except variable. */
    public static final int EXCEPT_VALUE = 75;

    // ---- modules
    /** {@code K(module): ( -- )}. */
    public static final int IMPORT = 76;
    /** {@code K(ImportShape): ( -- )}. */
    public static final int FROM_IMPORT = 77;

    // ---- fused fast paths
    /** {@code T: (a b -- )} jumps unless {@code a < b} (numbers fast, else {@code Operators.lt}). */
    public static final int JUMP_UNLESS_LT = 78;
    public static final int JUMP_UNLESS_LE = 79;
    public static final int JUMP_UNLESS_GT = 80;
    public static final int JUMP_UNLESS_GE = 81;
    public static final int JUMP_UNLESS_EQ = 82;
    public static final int JUMP_UNLESS_NE = 83;

    /** {@code imm: (a -- a + imm)} for an int literal that fits in an int. */
    public static final int ADD_INT = 84;
    /** {@code imm: (a -- a - imm)}. */
    public static final int SUB_INT = 85;
    /** {@code cmp imm T: (a -- )} jumps unless {@code a CMP imm}; cmp 0..5 = LT LE GT GE EQ NE. */
    public static final int JUMP_UNLESS_INT = 86;

    /** {@code op slot K(name) C imm: ( -- local OP imm)}: op 0 add, 1 subtract; a plain local's read as LOAD_LOCAL. */
    public static final int LOCAL_INT_OP = 87;
    /**
     * {@code cmp slot K(name) C imm T: ( -- )} jumps unless {@code local CMP imm}; {@code cmp + 8} jumps when it
     * holds instead (loops test at the bottom).
     */
    public static final int JUMP_LOCAL_INT = 88;
    /**
     * {@code op slot K(name) C imm dst: ( -- )} stores {@code local OP imm} into plain local {@code dst}
     * ({@code i := i + 1}); op 0 add, 1 subtract.
     */
    public static final int STORE_INT_OP = 89;
    /** {@code op a K(nameA) C b K(nameB) C: ( -- a OP b)} for two plain locals; op 0 add, 1 subtract, 2 multiply. */
    public static final int LOCALS_OP = 90;
    /**
     * {@code op a K C b K C dst: ( -- )} stores {@code a OP b} into plain local {@code dst} ({@code t := t + i});
     * op 3 ({@link LocalsOperation#APPEND}) is add into an accumulating {@code a == dst}.
     */
    public static final int STORE_LOCALS_OP = 91;
    /**
     * {@code argc T: (callee a1..an -- cursor)} jumps to T (past the CALL and ITER that follow) when
     * {@code callee(args)} is the prelude's {@code range} over ints; else does nothing, so they run.
     */
    public static final int RANGE_LOOP = 92;

    // ---- async and generators
    /**
     * {@code (v -- result)}: a settled promise gives its outcome; a pending one suspends the task when the
     * VM runs the top of an async task (the instruction runs again on resume), else blocks; other values
     * pass through.
     */
    public static final int AWAIT = 93;
    /** {@code (v -- null)}: hands {@code v} to the generator's consumer and suspends the generator frame. */
    public static final int YIELD = 94;
    /** {@code (closure -- )}: starts a spawn block's closure as a task on a snapshot of what it sees. */
    public static final int SPAWN = 95;

    // ---- string building
    /**
     * {@code S K(name) C: ( -- v)} reads an accumulating local (LocalVar#accumulates): like
     * {@link #LOAD_LOCAL}, but a {@code StringAccumulator} in the slot is revealed as its string.
     */
    public static final int LOAD_ACC = 96;
    /**
     * {@code S: (left right -- )} finishes {@code s := s + right} on an accumulating local: {@code left}
     * was pushed by a raw {@link #LOAD_LOCAL} of the slot; the string grows in place when it can.
     */
    public static final int APPEND_LOCAL = 97;
    /**
     * {@code kind index K(name) C: ( -- raw)} pushes a variable's content for {@code x := x + e} on a
     * global, cell or dynamic slot (kind 0 slot, 1 upvalue, 2 global), with a {@code StringAccumulator}
     * left unrevealed; an unbound slot or cell falls back to the global, as a read does.
     */
    public static final int LOAD_RAW = 98;
    /** {@code (left right -- sum)} the sum of {@code x := x + e}, grown in place when {@code left} can be. */
    public static final int CONCAT = 99;
    public static final int COUNT = 100;

    /**
     * The operation operand of {@link #LOCALS_OP} and {@link #STORE_LOCALS_OP} beyond 0 add, 1 subtract and
     * 2 multiply.
     */
    public static final class LocalsOperation {
        /** {@code s := s + t} into an accumulating local {@code s}: a string grows in place when it can. */
        public static final int APPEND = 3;

        private LocalsOperation() {
        }
    }

    /** Each opcode's facts, indexed by the opcode. */
    private static final OpInfo[] TABLE = new OpInfo[COUNT];

    static {
        def(CONST, "CONST", "K", 1, OpInfo.INFALLIBLE);
        def(NULL, "NULL", "", 1, OpInfo.INFALLIBLE);
        def(TRUE, "TRUE", "", 1, OpInfo.INFALLIBLE);
        def(FALSE, "FALSE", "", 1, OpInfo.INFALLIBLE);
        def(NONE, "NONE", "", 1, OpInfo.INFALLIBLE);
        def(POP, "POP", "", -1, OpInfo.INFALLIBLE);
        def(DUP, "DUP", "", 1, OpInfo.INFALLIBLE);
        def(LOAD_LOCAL, "LOAD_LOCAL", "SKC", 1, 0);
        def(LOAD_CELL, "LOAD_CELL", "SKC", 1, 0);
        def(LOAD_UPVALUE, "LOAD_UPVALUE", "NKC", 1, 0);
        def(LOAD_GLOBAL, "LOAD_GLOBAL", "KC", 1, 0);
        def(LOAD_OR_NULL, "LOAD_OR_NULL", "NNK", 1, 0);
        def(DECLARE_LOCAL, "DECLARE_LOCAL", "S", -1, OpInfo.INFALLIBLE);
        def(DECLARE_CELL, "DECLARE_CELL", "S", -1, OpInfo.INFALLIBLE);
        def(DEFINE_GLOBAL, "DEFINE_GLOBAL", "KNN", -1, 0);
        def(ASSIGN_LOCAL, "ASSIGN_LOCAL", "S", -1, OpInfo.INFALLIBLE);
        def(ASSIGN_SLOT, "ASSIGN_SLOT", "SKCN", -1, 0);
        def(ASSIGN_UPVALUE, "ASSIGN_UPVALUE", "NKNC", -1, 0);
        def(ASSIGN_GLOBAL, "ASSIGN_GLOBAL", "KC", -1, 0);
        def(NEW_CELL, "NEW_CELL", "S", 0, OpInfo.INFALLIBLE);
        def(CELL_SET, "CELL_SET", "S", -1, 0);
        def(CLEAR_SLOTS, "CLEAR_SLOTS", "SN", 0, OpInfo.INFALLIBLE);
        def(ADD, "ADD", "", -1, 0);
        def(SUB, "SUB", "", -1, 0);
        def(MUL, "MUL", "", -1, 0);
        def(DIV, "DIV", "", -1, 0);
        def(MOD, "MOD", "", -1, 0);
        def(EQ, "EQ", "", -1, 0);
        def(NE, "NE", "", -1, 0);
        def(LT, "LT", "", -1, 0);
        def(LE, "LE", "", -1, 0);
        def(GT, "GT", "", -1, 0);
        def(GE, "GE", "", -1, 0);
        def(NEG, "NEG", "", 0, 0);
        def(NOT, "NOT", "", 0, 0);
        // Truthiness is total and never calls back (Truthiness.isTruthy): these three cannot raise.
        def(TRUTHY, "TRUTHY", "", 0, OpInfo.INFALLIBLE);
        jump(JUMP, "JUMP", "T", 0, 0, OpInfo.INFALLIBLE | OpInfo.JUMPS);
        jump(JUMP_IF_FALSE, "JUMP_IF_FALSE", "T", -1, -1, OpInfo.BRANCHES | OpInfo.INFALLIBLE);
        jump(JUMP_IF_TRUE, "JUMP_IF_TRUE", "T", -1, -1, OpInfo.BRANCHES | OpInfo.INFALLIBLE);
        jump(JUMP_IF_NOT_NULL, "JUMP_IF_NOT_NULL", "T", -1, 0, OpInfo.BRANCHES);
        def(BUILD_STRING, "BUILD_STRING", "N", pushMinusOperand(1, 0), 0);
        def(BUILD_ARRAY, "BUILD_ARRAY", "N", pushMinusOperand(1, 0), 0);
        def(ARRAY_BEGIN, "ARRAY_BEGIN", "", 1, 0);
        def(ARRAY_ADD, "ARRAY_ADD", "", -1, 0);
        def(ARRAY_SPREAD, "ARRAY_SPREAD", "", -1, 0);
        def(ARRAY_END, "ARRAY_END", "", 0, 0);
        def(DICT_BEGIN, "DICT_BEGIN", "", 1, 0);
        def(DICT_KEY, "DICT_KEY", "", 0, 0);
        def(DICT_PUT, "DICT_PUT", "", -2, 0);
        def(DICT_SPREAD, "DICT_SPREAD", "", -1, 0);
        def(MAKE_STRUCT, "MAKE_STRUCT", "KN", pushMinusOperand(0, 1), 0);
        def(MAKE_TAG, "MAKE_TAG", "KKN", pushMinusOperand(1, 2), 0);
        def(WRAP, "WRAP", "N", 0, 0);
        def(CLOSURE, "CLOSURE", "K", 1, 0);
        def(STRUCT_DEF, "STRUCT_DEF", "K", new StructDefEffect(), 0);
        def(GET_FIELD, "GET_FIELD", "KC", 0, 0);
        def(GET_FIELD_OPT, "GET_FIELD_OPT", "K", 0, 0);
        def(GET_INDEX, "GET_INDEX", "", -1, 0);
        def(SET_PATH, "SET_PATH", "KC", new SetPathEffect(), 0);
        def(CALL, "CALL", "N", pushMinusOperand(0, 0), 0);
        def(METHOD_CALL, "METHOD_CALL", "KNC", pushMinusOperand(0, 1), 0);
        def(RETURN, "RETURN", "", -1, OpInfo.TERMINATES);
        def(TRY_UNWRAP, "TRY_UNWRAP", "", 0, 0);
        def(THROW, "THROW", "N", pushMinusOperand(0, 0), OpInfo.TERMINATES);
        def(RAISE, "RAISE", "K", 0, OpInfo.TERMINATES);
        def(ITER, "ITER", "", 0, 0);
        jump(FOR_NEXT, "FOR_NEXT", "T", 1, 0, OpInfo.BRANCHES);
        jump(MATCH_CASE, "MATCH_CASE", "KT", 0, 0, OpInfo.BRANCHES);
        def(CASE_PAYLOAD, "CASE_PAYLOAD", "", 1, 0);
        def(PATTERN_ELEMENT, "PATTERN_ELEMENT", "N", 1, 0);
        def(PATTERN_REST, "PATTERN_REST", "N", 1, 0);
        def(PATTERN_KEY, "PATTERN_KEY", "K", 1, 0);
        def(PATTERN_DICT_REST, "PATTERN_DICT_REST", "K", 1, 0);
        jump(TRY_BEGIN, "TRY_BEGIN", "T", 0, 0, OpInfo.INFALLIBLE | OpInfo.HANDLER);
        def(TRY_END, "TRY_END", "", 0, OpInfo.INFALLIBLE);
        def(EXCEPT_VALUE, "EXCEPT_VALUE", "", 1, OpInfo.INFALLIBLE);
        def(IMPORT, "IMPORT", "K", 0, 0);
        def(FROM_IMPORT, "FROM_IMPORT", "K", 0, 0);
        jump(JUMP_UNLESS_LT, "JUMP_UNLESS_LT", "T", -2, -2, OpInfo.BRANCHES);
        jump(JUMP_UNLESS_LE, "JUMP_UNLESS_LE", "T", -2, -2, OpInfo.BRANCHES);
        jump(JUMP_UNLESS_GT, "JUMP_UNLESS_GT", "T", -2, -2, OpInfo.BRANCHES);
        jump(JUMP_UNLESS_GE, "JUMP_UNLESS_GE", "T", -2, -2, OpInfo.BRANCHES);
        jump(JUMP_UNLESS_EQ, "JUMP_UNLESS_EQ", "T", -2, -2, OpInfo.BRANCHES);
        jump(JUMP_UNLESS_NE, "JUMP_UNLESS_NE", "T", -2, -2, OpInfo.BRANCHES);
        def(ADD_INT, "ADD_INT", "N", 0, 0);
        def(SUB_INT, "SUB_INT", "N", 0, 0);
        jump(JUMP_UNLESS_INT, "JUMP_UNLESS_INT", "NNT", -1, -1, OpInfo.BRANCHES);
        def(LOCAL_INT_OP, "LOCAL_INT_OP", "NSKCN", 1, 0);
        jump(JUMP_LOCAL_INT, "JUMP_LOCAL_INT", "NSKCNT", 0, 0, OpInfo.BRANCHES);
        def(STORE_INT_OP, "STORE_INT_OP", "NSKCNS", 0, 0);
        def(LOCALS_OP, "LOCALS_OP", "NSKCSKC", 1, 0);
        def(STORE_LOCALS_OP, "STORE_LOCALS_OP", "NSKCSKCS", 0, 0);
        jump(RANGE_LOOP, "RANGE_LOOP", "NT", 0, pushMinusOperand(0, 0), OpInfo.BRANCHES);
        def(AWAIT, "AWAIT", "", 0, OpInfo.SUSPENDS);
        def(YIELD, "YIELD", "", 0, OpInfo.SUSPENDS);
        def(SPAWN, "SPAWN", "", -1, 0);
        def(LOAD_ACC, "LOAD_ACC", "SKC", 1, 0);
        def(APPEND_LOCAL, "APPEND_LOCAL", "S", -2, 0);
        def(LOAD_RAW, "LOAD_RAW", "NNKC", 1, 0);
        def(CONCAT, "CONCAT", "", -1, 0);
        for (int i = 0; i < COUNT; i++) {
            if (TABLE[i] == null) {
                throw new AssertionError("opcode " + i + " undefined");
            }
        }
    }

    private static void def(int op, String name, String operands, int effect, int flags) {
        def(op, name, operands, fixed(effect), flags);
    }

    private static void def(int op, String name, String operands, OpInfo.StackEffect effect, int flags) {
        TABLE[op] = new OpInfo(op, name, operands, effect, null, flags);
    }

    private static void jump(int op, String name, String operands, int effect, int taken, int flags) {
        jump(op, name, operands, fixed(effect), fixed(taken), flags);
    }

    private static void jump(int op, String name, String operands, int effect, OpInfo.StackEffect taken, int flags) {
        jump(op, name, operands, fixed(effect), taken, flags);
    }

    private static void jump(int op, String name, String operands, OpInfo.StackEffect effect, OpInfo.StackEffect taken,
            int flags) {
        TABLE[op] = new OpInfo(op, name, operands, effect, taken, flags);
    }

    /*
     * The stack effects are small records rather than lambdas: this table is built by the first compile in a JVM,
     * and a first lambda starts the JVM's lambda machinery, a measurable part of a host's first engine + eval.
     */

    private static OpInfo.StackEffect fixed(int n) {
        return new FixedEffect(n);
    }

    /** {@code fixed} minus the count in operand {@code operand} (values popped per count, e.g. arguments). */
    private static OpInfo.StackEffect pushMinusOperand(int fixed, int operand) {
        return new PushMinusOperandEffect(fixed, operand);
    }

    private record FixedEffect(int n) implements OpInfo.StackEffect {
        @Override
        public int of(int[] code, int pc, Object[] pool) {
            return n;
        }
    }

    private record PushMinusOperandEffect(int fixed, int operand) implements OpInfo.StackEffect {
        @Override
        public int of(int[] code, int pc, Object[] pool) {
            return fixed - code[pc + 1 + operand];
        }
    }

    /** {@code STRUCT_DEF}: pops the declaration's operands (named by operand 0), pushes the definition. */
    private record StructDefEffect() implements OpInfo.StackEffect {
        @Override
        public int of(int[] code, int pc, Object[] pool) {
            return 1 - ((Shapes.StructDecl) pool[code[pc + 1]]).operandCount();
        }
    }

    /** {@code SET_PATH}: pops the value and the path's keys (the path is named by operand 0). */
    private record SetPathEffect() implements OpInfo.StackEffect {
        @Override
        public int of(int[] code, int pc, Object[] pool) {
            return -1 - ((Shapes.Path) pool[code[pc + 1]]).keyCount();
        }
    }

    /** The facts about {@code op}; throws for an int that is no opcode. */
    public static OpInfo info(int op) {
        return TABLE[op];
    }

    public static String name(int op) {
        return op >= 0 && op < COUNT ? TABLE[op].name() : "?" + op;
    }

    /** The kinds of the operands following {@code op} (one letter each, see {@link OpInfo#operands}). */
    public static String operandKinds(int op) {
        return TABLE[op].operands();
    }

    /** Number of ints the instruction occupies, opcode included. */
    public static int width(int op) {
        return TABLE[op].width();
    }
}
