package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.vm.VirtualMachine;
import dev.ruff.vm.CallFrame;
import dev.ruff.vm.Instructions;
import dev.ruff.vm.Bindings;
import dev.ruff.vm.VmFunction;
import dev.ruff.vm.RangeCursor;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Destructuring;
import dev.ruff.runtime.ErrorValues;
import dev.ruff.runtime.Fields;
import dev.ruff.runtime.Indexing;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.Operators;
import dev.ruff.runtime.Patterns;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StringAccumulator;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.Tags;
import dev.ruff.runtime.Truthiness;
import dev.ruff.runtime.Values;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The steps compiled code ({@link JitCodegen}) calls for one instruction each. Each computes exactly what
 * the dispatch loop computes for that instruction, with the operands passed as values instead of register
 * indexes; they are small so the JVM inlines them into the generated method, where the int fast paths
 * then run without a call.
 */
final class JitRuntime {
    /** What {@link #forNext} returns when the iterator is exhausted. */
    static final Object DONE = new Object();

    private JitRuntime() {
    }

    // ------------------------------------------------------------------ variables

    static Object loadLocal(Object slot, CallFrame f, String name, int cache) {
        return slot != null ? slot : Bindings.loadGlobal(f, name, cache);
    }

    static Object loadCell(Object slot, CallFrame f, String name, int cache) {
        Object v = slot instanceof Cell c ? c.get() : slot;
        return v != null ? v : Bindings.loadGlobal(f, name, cache);
    }

    static Object loadUpvalue(Cell cell, CallFrame f, String name, int cache) {
        Object v = cell.get();
        return v != null ? v : Bindings.loadGlobal(f, name, cache);
    }

    static Object loadAcc(Object slot, CallFrame f, String name, int cache) {
        if (slot instanceof StringAccumulator a) {
            return a.toString();
        }
        return slot != null ? slot : Bindings.loadGlobal(f, name, cache);
    }

    /** An operand of a fused instruction: a plain local, or its global fallback (errors at {@code operandPc}). */
    static Object operand(Object slot, CallFrame f, String name, int cache, int operandPc) {
        return slot != null ? slot : Bindings.loadFallback(f, name, cache, operandPc);
    }

    static Object retain(Object v) {
        return Values.retain(v);
    }

    // ------------------------------------------------------------------ operators

    static Object add(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.addExact(x, y) : Operators.add(a, b, invoker);
    }

    static Object sub(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.subExact(x, y) : Operators.sub(a, b, invoker);
    }

    static Object mul(Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y ? (Object) Operators.mulExact(x, y) : Operators.mul(a, b, invoker);
    }

    /** {@code a CMP b} as a Boolean; cmp 0..5 = {@code < <= > >= == !=}. */
    static Object compare(int cmp, Object a, Object b, Invoker invoker) {
        if (a instanceof Long x && b instanceof Long y) {
            return Instructions.compare(cmp, x, y);
        }
        return Instructions.compareValues(cmp, a, b, invoker);
    }

    /** Whether {@code a CMP b} holds (the fused compare-and-jump instructions). */
    static boolean holds(int cmp, Object a, Object b, Invoker invoker) {
        if (a instanceof Long x && b instanceof Long y) {
            return Instructions.compare(cmp, x, y);
        }
        return Truthiness.isTruthy(compare(cmp, a, b, invoker));
    }

    /** Whether {@code a CMP imm} holds; {@code a} may be a raw slot read. */
    static boolean holdsInt(int cmp, Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? Instructions.compare(cmp, x, imm) : Instructions.compare(cmp, a, imm, invoker);
    }

    static Object addInt(Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? (Object) Operators.addExact(x, imm) : Operators.add(a, (long) imm, invoker);
    }

    static Object subInt(Object a, int imm, Invoker invoker) {
        return a instanceof Long x ? (Object) Operators.subExact(x, imm) : Operators.sub(a, (long) imm, invoker);
    }

    /** {@code a OP imm} of {@link OpCode#LOCAL_INT_OP}/{@link OpCode#STORE_INT_OP}: op 0 add, 1 subtract. */
    static Object intOp(int op, Object a, int imm, Invoker invoker) {
        if (a instanceof Long x) {
            return op == 0 ? Operators.addExact(x, imm) : Operators.subExact(x, imm);
        }
        return Instructions.arithmetic(op, a, (long) imm, invoker);
    }

    /** {@code a OP b} of {@link OpCode#LOCALS_OP}/{@link OpCode#STORE_LOCALS_OP} over raw slot reads. */
    static Object localsOp(int op, Object a, Object b, Invoker invoker) {
        return a instanceof Long x && b instanceof Long y
                ? (Object) Instructions.arithmetic(op, x, y) : Instructions.arithmetic(op, a, b, invoker);
    }

    /** {@link OpCode#APPEND_LOCAL}: the accumulating slot's new content. */
    static Object append(Object left, Object right, Object slot, Invoker invoker) {
        return left instanceof Long x && right instanceof Long y
                ? (Object) Operators.addExact(x, y) : Values.retain(StringAccumulator.add(left, right, slot, invoker));
    }

    static boolean isTruthy(Object v) {
        return v instanceof Boolean b ? b : Truthiness.isTruthy(v);
    }

    static Object negate(Object v, Invoker invoker) {
        return v instanceof Long n ? (Object) Operators.negateExact(n) : Operators.negate(v, invoker);
    }

    // ------------------------------------------------------------------ loops and results

    /** The next item of a {@code for} loop's iterator (or range cursor), or {@link #DONE}. */
    @SuppressWarnings("unchecked")
    static Object forNext(Object top) {
        if (top instanceof RangeCursor r) {
            return r.hasNext() ? r.next() : DONE;
        }
        Iterator<Object> it = (Iterator<Object>) top;
        return it.hasNext() ? it.next() : DONE;
    }

    /** {@code ?}: the payload, or Java null when the value is Err/None and the function returns it. */
    static Object unwrapOrNull(Object v) {
        return Instructions.unwrapOrNull(v);
    }

    static Object nullToRuff(Object v) {
        return v == null ? RuffNull.NULL : v;
    }

    /** A try handler is entered: uncatchable errors pass on; a caught one gets this instruction's position. */
    static RuffRuntimeError caught(RuffRuntimeError e, CallFrame f, int pc) {
        if (!e.catchable()) {
            throw e;
        }
        return e.at(f.chunk.positionAt(pc));
    }

    // ------------------------------------------------------------------ cells and closures

    static Object newCell() {
        return new Cell();
    }

    static Object newCell(Object v) {
        return new Cell(v);
    }

    static void cellSet(Object cell, Object v) {
        ((Cell) cell).set(v);
    }

    /** The slot content after a closure captured it (see {@link Instructions#asCell}). */
    static Object asCell(Object slot) {
        return Instructions.asCell(slot);
    }

    /** {@code self} as bound in a method's frame. */
    static Object receiver(StructInstance receiver) {
        return receiver == null ? RuffNull.NULL : receiver;
    }

    /**
     * A legacy method's field {@code name} of the receiver, bound as a local when the method starts (as
     * {@link Bindings#bindFields} does); null when there is no receiver or no such field, leaving the slot unbound.
     */
    static Object receiverField(StructInstance receiver, String name) {
        return receiver == null ? null : receiver.field(name);
    }

    /** {@link OpCode#CLOSURE}: {@code cells} are the captured cells in upvalue order. */
    static Object closure(Object proto, Object[] cells, CallFrame f) {
        Cell[] c = new Cell[cells.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (Cell) cells[i];
        }
        return new VmFunction((FunctionProto) proto, c, f.globals);
    }

    // ------------------------------------------------------------------ building values

    static Object buildString(Object[] values) {
        return Instructions.buildString(values, 0, values.length);
    }

    static Object buildArray(Object[] values) {
        return RuffArray.wrap(values, values.length);
    }

    static Object arrayBegin() {
        return new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    static void arrayAdd(Object builder, Object v) {
        ((List<Object>) builder).add(v);
    }

    static void arraySpread(Object builder, Object v) {
        Instructions.arraySpread(builder, v);
    }

    @SuppressWarnings("unchecked")
    static Object arrayEnd(Object builder) {
        return RuffArray.ofList((List<Object>) builder);
    }

    static Object dictBegin() {
        return new RuffDict();
    }

    static Object dictKey(Object key) {
        return Indexing.dictKey(key);
    }

    static Object makeStruct(Object shape, Object declared, Object[] values) {
        return Instructions.makeStruct((Shapes.StructLiteral) shape, declared, values, 0);
    }

    static Object makeTag(Object enumName, Object variant, Object[] values) {
        return Tags.make((String) enumName, (String) variant, values);
    }

    static Object wrap(int kind, Object v) {
        return Instructions.wrap(kind, v);
    }

    static Object structDef(Object shape, Object[] values) {
        return Instructions.structDef((Shapes.StructDecl) shape, values, 0);
    }

    // ------------------------------------------------------------------ access

    static Object field(Object target, CallFrame f, String name, int cache) {
        return Instructions.field(f, target, name, cache);
    }

    static Object fieldOptional(Object target, String name) {
        return Fields.getOptional(target, name);
    }

    static Object index(Object target, Object index) {
        return Instructions.index(target, index);
    }

    /** {@link OpCode#SET_PATH} rooted at a local slot holding {@code slot}: returns the slot's new content. */
    static Object setLocalPath(CallFrame f, Object path, Object slot, Object[] keys, Object value, int cache) {
        Shapes.Path p = (Shapes.Path) path;
        if (keys.length == 0 && Instructions.setLocalField(f, p, slot, value, cache)) {
            return slot;
        }
        return Bindings.setPathOnSlot(f, p, slot, keys, value);
    }

    /** {@link OpCode#SET_PATH} rooted at an upvalue or a global. */
    static void setPath(CallFrame f, Object path, Object[] keys, Object value) {
        Bindings.setPath(f, (Shapes.Path) path, keys, value);
    }

    static Object readOrNull(CallFrame f, int kind, Object slot, int index, String name) {
        return nullToRuff(Bindings.readOrNull(f, kind, slot, index, name));
    }

    // ------------------------------------------------------------------ iteration, match, errors

    static Object iterator(Object iterable, Invoker invoker) {
        return Instructions.iterator(invoker, iterable);
    }

    /** The cursor of {@code for x in range(...)} over ints, or null when the real call must run. */
    static Object rangeCursor(Object callee, Object[] args, VirtualMachine vm) {
        return RangeCursor.forCall(vm.context(), callee, args, 0, args.length);
    }

    static boolean caseMatches(Object subject, String pattern) {
        return Patterns.caseMatches(subject, pattern);
    }

    static Object casePayload(Object subject) {
        return Patterns.casePayload(subject);
    }

    static Object element(Object v, int i) {
        return Destructuring.element(v, i);
    }

    static Object rest(Object v, int i) {
        return Destructuring.rest(v, i);
    }

    static Object key(Object v, String name) {
        return Destructuring.key(v, name);
    }

    static Object restDict(Object v, Object taken) {
        return Destructuring.restDict(v, ((Shapes.DictRest) taken).taken());
    }

    static Object exceptValue(RuffRuntimeError caught) {
        return ErrorValues.exceptValue(caught);
    }

    static RuffRuntimeError thrown(int argc, Object v) {
        return Instructions.thrown(argc, v);
    }

    static RuffRuntimeError raise(String message) {
        return new RuffRuntimeError(message);
    }

    static Object not(Object v, Invoker invoker) {
        return Operators.not(v, invoker);
    }

    static Object truthy(Object v) {
        return Truthiness.isTruthy(v);
    }

    static Object div(Object a, Object b, Invoker invoker) {
        return Operators.div(a, b, invoker);
    }

    static Object mod(Object a, Object b, Invoker invoker) {
        return Operators.mod(a, b, invoker);
    }
}
