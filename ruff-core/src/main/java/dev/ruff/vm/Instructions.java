package dev.ruff.vm;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.InlineCache;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.lang.BindingKind;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Destructuring;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.ErrorValues;
import dev.ruff.runtime.Fields;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Indexing;
import dev.ruff.runtime.Iteration;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.Operators;
import dev.ruff.runtime.OptionValue;
import dev.ruff.runtime.Literals;
import dev.ruff.runtime.Patterns;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StringAccumulator;
import dev.ruff.runtime.StructDef;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.StructShape;
import dev.ruff.runtime.Tags;
import dev.ruff.runtime.Truthiness;
import dev.ruff.runtime.Values;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructions the dispatch loop does not inline: building values, declarations, destructuring,
 * imports and other less frequent work. Each reads and updates the frame's {@code pc}/{@code sp}.
 * Kept apart so the loop's method stays small enough for the JIT to compile it well.
 */
public final class Instructions {
    private Instructions() {
    }

    /** {@link OpCode#CONCAT}: the new content of the variable of {@code x := x + e}. */
    public static Object concat(Object left, Object right, Invoker invoker) {
        return left instanceof Long x && right instanceof Long y
                ? (Object) Operators.addExact(x, y) : StringAccumulator.add(left, right, null, invoker);
    }

    static void execute(VirtualMachine vm, CallFrame f, int op) {
        switch (op) {
            case OpCode.BUILD_STRING: case OpCode.BUILD_ARRAY: case OpCode.ARRAY_BEGIN: case OpCode.ARRAY_ADD:
            case OpCode.ARRAY_SPREAD: case OpCode.ARRAY_END: case OpCode.DICT_BEGIN: case OpCode.DICT_KEY:
            case OpCode.DICT_PUT: case OpCode.DICT_SPREAD: case OpCode.MAKE_STRUCT: case OpCode.MAKE_TAG:
            case OpCode.WRAP: case OpCode.CLOSURE: case OpCode.STRUCT_DEF:
                buildValue(vm, f, op);
                break;
            case OpCode.JUMP_IF_NOT_NULL: case OpCode.THROW: case OpCode.RAISE: case OpCode.ITER:
            case OpCode.RANGE_LOOP: case OpCode.MATCH_CASE: case OpCode.CASE_PAYLOAD: case OpCode.PATTERN_ELEMENT:
            case OpCode.PATTERN_REST: case OpCode.PATTERN_KEY: case OpCode.PATTERN_DICT_REST:
            case OpCode.EXCEPT_VALUE: case OpCode.TRY_BEGIN: case OpCode.TRY_END:
                controlFlow(vm, f, op);
                break;
            default:
                variablesAndOperators(vm, f, op);
                break;
        }
    }

    /** Literals, constructors and closures. */
    private static void buildValue(VirtualMachine vm, CallFrame f, int op) {
        Object[] regs = f.regs;
        int[] code = f.chunk.code();
        Object[] k = f.chunk.constants();
        int pc = f.pc;
        int sp = f.sp;
        switch (op) {
            case OpCode.BUILD_STRING: {
                int n = code[pc++];
                String s = buildString(regs, sp - n, n);
                sp -= n;
                regs[sp++] = s;
                break;
            }
            case OpCode.BUILD_ARRAY: {
                int n = code[pc++];
                Object[] items = new Object[n];
                System.arraycopy(regs, sp - n, items, 0, n);
                sp -= n;
                regs[sp++] = RuffArray.wrap(items, n);
                break;
            }
            case OpCode.ARRAY_BEGIN:
                regs[sp++] = new ArrayList<>();
                break;
            case OpCode.ARRAY_ADD:
                builder(regs[sp - 2]).add(regs[--sp]);
                break;
            case OpCode.ARRAY_SPREAD: {
                Object v = regs[--sp];
                arraySpread(regs[sp - 1], v);
                break;
            }
            case OpCode.ARRAY_END:
                regs[sp - 1] = RuffArray.ofList(builder(regs[sp - 1]));
                break;
            case OpCode.DICT_BEGIN:
                regs[sp++] = new RuffDict();
                break;
            case OpCode.DICT_KEY:
                regs[sp - 1] = Indexing.dictKey(regs[sp - 1]);
                break;
            case OpCode.DICT_PUT: {
                Object value = regs[--sp];
                Object key = regs[--sp];
                dictPut(regs[sp - 1], key, value);
                break;
            }
            case OpCode.DICT_SPREAD: {
                Object v = regs[--sp];
                dictSpread(regs[sp - 1], v);
                break;
            }
            case OpCode.MAKE_STRUCT: {
                Shapes.StructLiteral shape = (Shapes.StructLiteral) k[code[pc]];
                int n = code[pc + 1];
                pc += 2;
                int base = sp - n;
                StructInstance instance = makeStruct(shape, regs[base - 1], regs, base);
                sp = base - 1;
                regs[sp++] = instance;
                break;
            }
            case OpCode.MAKE_TAG: {
                int n = code[pc + 2];
                Object[] args = new Object[n];
                System.arraycopy(regs, sp - n, args, 0, n);
                sp -= n;
                regs[sp++] = Tags.make((String) k[code[pc]], (String) k[code[pc + 1]], args);
                pc += 3;
                break;
            }
            case OpCode.WRAP:
                regs[sp - 1] = wrap(code[pc++], regs[sp - 1]);
                break;
            case OpCode.CLOSURE:
                regs[sp++] = closure(f, (FunctionProto) k[code[pc++]]);
                break;
            case OpCode.STRUCT_DEF: {
                Shapes.StructDecl shape = (Shapes.StructDecl) k[code[pc++]];
                int base = sp - shape.operandCount();
                StructDef def = structDef(shape, regs, base);
                sp = base;
                regs[sp++] = def;
                break;
            }
            default:
                throw new IllegalStateException("unknown opcode " + OpCode.name(op) + " at " + (pc - 1));
        }
        f.pc = pc;
        f.sp = sp;
    }

    /** Errors, iteration, match, destructuring and try blocks. */
    private static void controlFlow(VirtualMachine vm, CallFrame f, int op) {
        Object[] regs = f.regs;
        int[] code = f.chunk.code();
        Object[] k = f.chunk.constants();
        int pc = f.pc;
        int sp = f.sp;
        switch (op) {
            case OpCode.JUMP_IF_NOT_NULL:
                if (regs[sp - 1] != RuffNull.NULL) {
                    pc = code[pc];
                } else {
                    sp--;
                    pc++;
                }
                break;
            case OpCode.THROW:
                throw thrown(code[pc], regs[sp - 1]);
            case OpCode.RAISE:
                throw new RuffRuntimeError((String) k[code[pc]]);
            case OpCode.ITER:
                regs[sp - 1] = iterator(vm, regs[sp - 1]);
                break;
            case OpCode.RANGE_LOOP: {
                int argc = code[pc];
                int base = sp - argc;
                RangeCursor cursor = RangeCursor.forCall(vm.context(), regs[base - 1], regs, base, argc);
                if (cursor != null) {
                    sp = base - 1;
                    regs[sp++] = cursor;
                    pc = code[pc + 1];
                } else {
                    pc += 2;
                }
                break;
            }
            case OpCode.MATCH_CASE:
                if (Patterns.caseMatches(regs[sp - 1], (String) k[code[pc]])) {
                    pc += 2;
                } else {
                    pc = code[pc + 1];
                }
                break;
            case OpCode.CASE_PAYLOAD:
                regs[sp] = Patterns.casePayload(regs[sp - 1]);
                sp++;
                break;
            case OpCode.PATTERN_ELEMENT:
                regs[sp] = Destructuring.element(regs[sp - 1], code[pc++]);
                sp++;
                break;
            case OpCode.PATTERN_REST:
                regs[sp] = Destructuring.rest(regs[sp - 1], code[pc++]);
                sp++;
                break;
            case OpCode.PATTERN_KEY:
                regs[sp] = Destructuring.key(regs[sp - 1], (String) k[code[pc++]]);
                sp++;
                break;
            case OpCode.PATTERN_DICT_REST:
                regs[sp] = Destructuring.restDict(regs[sp - 1], ((Shapes.DictRest) k[code[pc++]]).taken());
                sp++;
                break;
            case OpCode.EXCEPT_VALUE:
                regs[sp++] = ErrorValues.exceptValue(f.caught);
                f.caught = null;
                break;
            case OpCode.TRY_BEGIN:
                f.pushHandler(code[pc++], sp);
                break;
            case OpCode.TRY_END:
                f.popHandler();
                break;
            default:
                throw new IllegalStateException("unknown opcode " + OpCode.name(op) + " at " + (pc - 1));
        }
        f.pc = pc;
        f.sp = sp;
    }

    /** Variables, unary operators, field and path access, imports and string building. */
    private static void variablesAndOperators(VirtualMachine vm, CallFrame f, int op) {
        Object[] regs = f.regs;
        int[] code = f.chunk.code();
        Object[] k = f.chunk.constants();
        int pc = f.pc;
        int sp = f.sp;
        switch (op) {
            case OpCode.NONE:
                regs[sp++] = OptionValue.NONE;
                break;
            case OpCode.DUP:
                regs[sp] = regs[sp - 1];
                sp++;
                break;
            case OpCode.LOAD_OR_NULL: {
                Object v = Bindings.readOrNull(f, code[pc], code[pc + 1], (String) k[code[pc + 2]]);
                regs[sp++] = v == null ? RuffNull.NULL : v;
                pc += 3;
                break;
            }
            case OpCode.DEFINE_GLOBAL:
                defineGlobal(f, (String) k[code[pc]], code[pc + 1], code[pc + 2], regs[--sp]);
                pc += 3;
                break;
            case OpCode.ASSIGN_UPVALUE:
                Bindings.assignUpvalue(f, code[pc], (String) k[code[pc + 1]], code[pc + 2] != 0, code[pc + 3],
                        regs[--sp]);
                pc += 4;
                break;
            case OpCode.NEW_CELL:
                regs[code[pc++]] = new Cell();
                break;
            case OpCode.CELL_SET:
                ((Cell) regs[code[pc++]]).set(regs[--sp]);
                break;
            case OpCode.NEG: {
                Object v = regs[sp - 1];
                regs[sp - 1] = v instanceof Long n ? (Object) Operators.negateExact(n) : Operators.negate(v, vm);
                break;
            }
            case OpCode.NOT:
                regs[sp - 1] = Operators.not(regs[sp - 1], vm);
                break;
            case OpCode.TRUTHY:
                regs[sp - 1] = Truthiness.isTruthy(regs[sp - 1]);
                break;
            case OpCode.GET_FIELD_OPT:
                regs[sp - 1] = Fields.getOptional(regs[sp - 1], (String) k[code[pc++]]);
                break;
            case OpCode.SET_PATH: {
                Shapes.Path path = (Shapes.Path) k[code[pc]];
                int cache = code[pc + 1];
                pc += 2;
                if (path.keyCount() == 0 && path.rootKind() == 0
                        && setLocalField(f, path, regs[path.rootIndex()], regs[sp - 1], cache)) {
                    sp--;
                    break;
                }
                int n = path.keyCount();
                Object[] keys = new Object[n];
                System.arraycopy(regs, sp - n, keys, 0, n);
                sp -= n;
                Object value = regs[--sp];
                f.sp = sp;
                Bindings.setPath(f, path, keys, value);
                break;
            }
            case OpCode.IMPORT:
                Modules.importModule(vm.context(), f, (String) k[code[pc++]]);
                break;
            case OpCode.FROM_IMPORT:
                Modules.fromImport(vm.context(), f, (Shapes.FromImport) k[code[pc++]]);
                break;
            case OpCode.LOAD_RAW:
                regs[sp++] = Bindings.loadRaw(f, code[pc], code[pc] == 0 ? regs[code[pc + 1]] : null, code[pc + 1],
                        (String) k[code[pc + 2]], code[pc + 3]);
                pc += 4;
                break;
            case OpCode.CONCAT:
                sp--;
                regs[sp - 1] = concat(regs[sp - 1], regs[sp], vm);
                break;
            case OpCode.DECLARE_CELL:
                regs[code[pc++]] = new Cell(regs[--sp]);
                break;
            case OpCode.LOAD_ACC: {
                Object v = regs[code[pc]];
                if (v instanceof StringAccumulator a) {
                    v = a.toString();
                } else if (v == null) {
                    v = Bindings.loadGlobal(f, (String) k[code[pc + 1]], code[pc + 2]);
                }
                pc += 3;
                regs[sp++] = v;
                break;
            }
            case OpCode.APPEND_LOCAL: {
                int slot = code[pc++];
                Object right = regs[--sp];
                Object left = regs[--sp];
                regs[slot] = left instanceof Long x && right instanceof Long y
                        ? (Object) Operators.addExact(x, y)
                        : Values.retain(StringAccumulator.add(left, right, regs[slot], vm));
                break;
            }
            default:
                throw new IllegalStateException("unknown opcode " + OpCode.name(op) + " at " + (pc - 1));
        }
        f.pc = pc;
        f.sp = sp;
    }

    // ------------------------------------------------------------------ value-level steps
    // Shared by the dispatch loop above and by compiled code (JitCodegen), which holds operands in JVM
    // locals rather than in a register array.

    /** {@code let/const/mut name := value} at module level; {@code check} refuses a second declaration. */
    public static void defineGlobal(CallFrame f, String name, int kind, int check, Object value) {
        f.globals.declare(name, BindingKind.values()[kind], value, check != 0);
    }

    /** String interpolation over {@code src[from .. from + n)}. */
    public static String buildString(Object[] src, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            Object v = src[i];
            sb.append(v instanceof String s ? s : Display.display(v));
        }
        return sb.toString();
    }

    public static void arraySpread(Object builder, Object v) {
        Literals.spreadArray(builder(builder), v);
    }

    public static void dictPut(Object dict, Object key, Object value) {
        ((RuffDict) dict).putInPlace((String) key, value);
    }

    public static void dictSpread(Object dict, Object v) {
        Literals.spreadDict((RuffDict) dict, v);
    }

    /** A struct literal: {@code declared} is what its name meant (a matching StructDef gives defaults and methods). */
    public static StructInstance makeStruct(Shapes.StructLiteral shape, Object declared, Object[] src, int from) {
        StructInstance instance = StructInstance.literal(shape.name(), declared);
        String[] fields = shape.fields();
        for (int i = 0; i < fields.length; i++) {
            instance.setInPlace(fields[i], src[from + i]);
        }
        return instance;
    }

    /** kind 0 {@code Ok(v)}, 1 {@code Err(v)}, 2 {@code Some(v)}. */
    public static Object wrap(int kind, Object v) {
        return kind == 0 ? ResultValue.ok(v) : kind == 1 ? ResultValue.err(v) : OptionValue.some(v);
    }

    /** A struct declaration from its default values then its methods, starting at {@code src[from]}. */
    public static StructDef structDef(Shapes.StructDecl shape, Object[] src, int from) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        int i = from;
        for (String name : shape.defaultNames()) {
            defaults.put(name, src[i++]);
        }
        Map<String, RuffCallable> methods = new LinkedHashMap<>();
        for (String name : shape.methodNames()) {
            methods.put(name, (RuffCallable) src[i++]);
        }
        return new StructDef(shape.name(), shape.fieldNames(), defaults, methods);
    }

    /** The error {@code throw(...)} with {@code argc} arguments raises ({@code v} is the first). */
    public static RuffRuntimeError thrown(int argc, Object v) {
        return ErrorValues.thrown(argc, v);
    }

    /** What a {@code for} loop iterates: a zero-argument generator function is called first (ASYNC.md §9). */
    public static Object iterator(Invoker invoker, Object iterable) {
        if (iterable instanceof VmFunction fn && fn.proto.isGenerator() && fn.proto.arity() == 0) {
            iterable = invoker.call(fn);
        }
        return Iteration.iterator(iterable);
    }

    /** {@code target.name} with the struct field's index cached per shape in {@code cacheIndex}. */
    public static Object field(CallFrame f, Object target, String name, int cacheIndex) {
        if (target instanceof StructInstance s) {
            Object[] caches = f.chunk.caches;
            StructShape shape = s.shape();
            if (caches[cacheIndex] instanceof InlineCache.Field c && c.shape() == shape) {
                return s.fieldAt(c.index());
            }
            int i = shape.indexOf(name);
            if (i >= 0) {
                caches[cacheIndex] = new InlineCache.Field(shape, i);
                return s.fieldAt(i);
            }
        }
        return Fields.get(target, name);
    }

    /**
     * {@code local.name := value} straight into an exclusive struct in a plain slot, with the index cached
     * per shape; false (nothing done) for anything else, which takes the general path write.
     */
    public static boolean setLocalField(CallFrame f, Shapes.Path path, Object root, Object value, int cacheIndex) {
        if (path.fields().length != 1 || !(root instanceof StructInstance s) || !s.canUpdateInPlace() || value == s) {
            return false;
        }
        Object[] caches = f.chunk.caches;
        StructShape shape = s.shape();
        if (caches[cacheIndex] instanceof InlineCache.Field c && c.shape() == shape) {
            s.setInPlaceAt(c.index(), value);
            return true;
        }
        int i = shape.indexOf(path.fields()[0]);
        if (i < 0) {
            return false; // adding a field changes the shape
        }
        caches[cacheIndex] = new InlineCache.Field(shape, i);
        s.setInPlaceAt(i, value);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> builder(Object v) {
        return (List<Object>) v;
    }


    /**
     * {@code x OP y} for ints; op 0 (or {@link OpCode.LocalsOperation#APPEND}) add, 1 subtract, 2 multiply
     * (see {@link OpCode#LOCALS_OP}).
     */
    public static long arithmetic(int op, long x, long y) {
        switch (op) {
            case 1:
                return Operators.subExact(x, y);
            case 2:
                return Operators.mulExact(x, y);
            default:
                return Operators.addExact(x, y);
        }
    }

    /** {@code x OP y} on floats (an int operand already converted), numbered as {@link #arithmetic(int, long, long)}. */
    public static double arithmetic(int op, double x, double y) {
        switch (op) {
            case 1:
                return Operators.subFloat(x, y);
            case 2:
                return Operators.mulFloat(x, y);
            default:
                return Operators.addFloat(x, y);
        }
    }

    /**
     * {@code a OP b} for any operands, through {@link Operators}. Operands come from raw slot reads, so
     * an accumulating local's {@link StringAccumulator} is revealed (or, for
     * {@link OpCode.LocalsOperation#APPEND}, grown).
     */
    public static Object arithmetic(int op, Object a, Object b, Invoker invoker) {
        switch (op) {
            case OpCode.LocalsOperation.APPEND:
                return StringAccumulator.add(a, StringAccumulator.reveal(b), a, invoker);
            case 0:
                return Operators.add(StringAccumulator.reveal(a), StringAccumulator.reveal(b), invoker);
            case 1:
                return Operators.sub(StringAccumulator.reveal(a), StringAccumulator.reveal(b), invoker);
            default:
                return Operators.mul(StringAccumulator.reveal(a), StringAccumulator.reveal(b), invoker);
        }
    }

    /** {@code x CMP y} for ints; cmp 0..5 = {@code < <= > >= == !=}. */
    public static boolean compare(int cmp, long x, long y) {
        switch (cmp) {
            case 0:
                return x < y;
            case 1:
                return x <= y;
            case 2:
                return x > y;
            case 3:
                return x >= y;
            case 4:
                return x == y;
            default:
                return x != y;
        }
    }

    /** {@code a CMP imm} for any left operand, through {@link Operators}. */
    public static boolean compare(int cmp, Object raw, long imm, Invoker invoker) {
        // a raw slot read (JUMP_LOCAL_INT)
        return Truthiness.isTruthy(compareValues(cmp, StringAccumulator.reveal(raw), imm, invoker));
    }

    /** {@link OpCode#ADD}. */
    public static Object add(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.addExact(x, y) : Operators.add(a, b, invoker);
    }

    /** {@link OpCode#SUB}. */
    public static Object sub(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.subExact(x, y) : Operators.sub(a, b, invoker);
    }

    /** {@link OpCode#MUL}. */
    public static Object mul(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.mulExact(x, y) : Operators.mul(a, b, invoker);
    }

    /**
     * {@link OpCode#JUMP_LOCAL_INT} at {@code pc} (its first operand): the next pc, the instruction after it or
     * its target. The condition holds or (cmp + 8) fails to continue.
     */
    static int jumpLocalInt(CallFrame f, Object[] regs, int[] code, int pc, Invoker invoker) {
        int cmp = code[pc];
        boolean holds = holds(cmp & 7, Bindings.local(f, regs, code, pc + 1), code[pc + 4], invoker);
        return holds == (cmp < 8) ? pc + 6 : code[pc + 5];
    }

    /** {@link OpCode#ADD_INT}: {@code a + imm}. */
    public static Object addInt(Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? (Object) Operators.addExact(x, imm) : Operators.add(a, (long) imm, invoker);
    }

    /** {@link OpCode#SUB_INT}: {@code a - imm}. */
    public static Object subInt(Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? (Object) Operators.subExact(x, imm) : Operators.sub(a, (long) imm, invoker);
    }

    /** {@link OpCode#LOCAL_INT_OP}, {@link OpCode#STORE_INT_OP}: {@code a OP imm}, op 0 add, 1 subtract. */
    public static Object intOp(int op, Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? (Object) (op == 0 ? Operators.addExact(x, imm) : Operators.subExact(x, imm))
                : arithmetic(op, a, (long) imm, invoker);
    }

    /** {@link OpCode#LOCALS_OP}, {@link OpCode#STORE_LOCALS_OP}: {@code a OP b} of two locals' raw contents. */
    public static Object localsOp(int op, Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) arithmetic(op, x, y) : arithmetic(op, a, b, invoker);
    }

    /** Whether {@code a CMP imm} holds; {@code a} may be a raw slot read (JUMP_LOCAL_INT). */
    public static boolean holds(int cmp, Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? compare(cmp, x, imm) : compare(cmp, a, imm, invoker);
    }

    /** Whether {@code a CMP b} holds ({@code JUMP_UNLESS_LT} and the other fused compare-and-jumps). */
    public static boolean holds(int cmp, Object a, Object b, Invoker invoker) {
        if (a instanceof Long x && b instanceof Long y) {
            return compare(cmp, x, y);
        }
        return Truthiness.isTruthy(compareValues(cmp, a, b, invoker));
    }

    /** The value of comparison instruction {@code op} ({@link OpCode#EQ} to {@link OpCode#GE}) on {@code a, b}. */
    static Object comparison(int op, Object a, Object b, Invoker invoker) {
        int cmp = switch (op) {
            case OpCode.LT -> 0;
            case OpCode.LE -> 1;
            case OpCode.GT -> 2;
            case OpCode.GE -> 3;
            case OpCode.EQ -> 4;
            default -> 5;
        };
        return a instanceof Long x && b instanceof Long y ? (Object) compare(cmp, x, y) : compareValues(cmp, a, b, invoker);
    }

    /** {@link OpCode#FOR_NEXT}: the iterator's next item, or null when it is exhausted (no Ruff value is null). */
    static Object next(Object iterator) {
        if (iterator instanceof RangeCursor r) {
            return r.hasNext() ? r.next() : null;
        }
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) iterator;
        return it.hasNext() ? it.next() : null;
    }

    /** {@code a CMP b} through {@link Operators} (overloads included), as the Boolean the operator gives. */
    public static Object compareValues(int cmp, Object a, Object b, Invoker invoker) {
        switch (cmp) {
            case 0:
                return Operators.lt(a, b, invoker);
            case 1:
                return Operators.le(a, b, invoker);
            case 2:
                return Operators.gt(a, b, invoker);
            case 3:
                return Operators.ge(a, b, invoker);
            case 4:
                return Operators.eq(a, b, invoker);
            default:
                return Operators.ne(a, b, invoker);
        }
    }

    /** {@code target[index]} with the array/int case first. */
    public static Object index(Object target, Object index) {
        if (target instanceof RuffArray a && index instanceof Long i) {
            long pos = i;
            if (pos >= 0 && pos < a.size()) {
                return a.get((int) pos);
            }
        }
        return Indexing.get(target, index);
    }

    /** The payload of {@code Ok}/{@code Some}, Java null for {@code Err}/{@code None}; other values fail. */
    public static Object unwrapOrNull(Object v) {
        return Patterns.unwrapOrNull(v);
    }

    /** A function value closing over the current frame's cells. */
    public static VmFunction closure(CallFrame f, FunctionProto p) {
        boolean[] fromLocal = p.upvalueFromLocal();
        int[] index = p.upvalueIndex();
        Cell[] cells = new Cell[index.length];
        for (int i = 0; i < cells.length; i++) {
            if (fromLocal[i]) {
                Cell cell = asCell(f.regs[index[i]]);
                f.regs[index[i]] = cell;
                cells[i] = cell;
            } else {
                cells[i] = f.upvalues[index[i]];
            }
        }
        return new VmFunction(p, cells, f.globals);
    }

    /**
     * The cell a closure captures for a local slot: the slot's own cell, or a new one holding the
     * slot's plain value (the slot must then hold the cell, so both sides see later writes).
     */
    public static Cell asCell(Object slot) {
        if (slot instanceof Cell c) {
            return c;
        }
        Cell cell = new Cell();
        if (slot != null) {
            cell.set(slot);
        }
        return cell;
    }
}
