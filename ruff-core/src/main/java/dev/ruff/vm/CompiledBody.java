package dev.ruff.vm;

import dev.ruff.runtime.StructInstance;
import dev.ruff.vm.bytecode.CompiledCode;

/**
 * A function compiled to JVM bytecode by the compile tier: one generated subclass per function prototype.
 * Every entry runs the whole call (frame, argument binding, body, return) on the Java stack; the generated
 * class overrides {@link #call} and the fixed-arity entry matching the function's arity, so a compiled call
 * site passes its arguments without building an array. A fixed-arity entry the function does not override
 * falls back to {@link #call}, which reports the arity error exactly as the dispatch loop does. A module
 * body's class is only ever entered through {@link #resume} (a module runs once, so only a hot loop in it
 * moves into compiled code).
 *
 * <p>{@code caller} is the frame making the call and {@code callPc} the call instruction in its chunk (-1 when
 * a native or the host calls): the compiled activation links a pooled {@link CallFrame} to it, so stack
 * traces, call depth and natives calling back see compiled and interpreted frames alike.</p>
 *
 * <p>The VM owns this contract and the compile tier ({@code dev.ruff.vm.jit}) implements it, so the VM does not
 * depend on the tier. The generated classes live in the tier's package, hence the public entries.</p>
 */
public abstract class CompiledBody extends CompiledCode {
    private static final Object[] NO_ARGS = new Object[0];
    /** Loop heads (sorted code indexes) where {@link #resume} can take over a running frame. */
    private int[] loopHeads = new int[0];
    /** A RETURN instruction of the chunk: the dispatch loop finishes a taken-over frame there. */
    private int returnPc = -1;

    protected CompiledBody() {
    }

    /** Set once by the compiler that made this body, before it is installed on its chunk. */
    public final void setResumePoints(int[] loopHeads, int returnPc) {
        this.loopHeads = loopHeads;
        this.returnPc = returnPc;
    }

    /** Whether a frame of this function may move into compiled code when it jumps back to {@code pc}. */
    public boolean resumesAt(int pc) {
        return returnPc >= 0 && java.util.Arrays.binarySearch(loopHeads, pc) >= 0;
    }

    /** The RETURN instruction a frame that {@link #resume} ran to its end finishes at; -1 if none. */
    public int returnPc() {
        return returnPc;
    }

    /**
     * Continues the function frame {@code f}, which the dispatch loop was running, from loop head {@code pc}
     * (on-stack replacement): the registers move into JVM locals and the rest of the call runs compiled.
     * Returns the function's result; the frame's own handlers are not consulted again.
     */
    public Object resume(VirtualMachine vm, CallFrame f, int pc) {
        throw new IllegalStateException("no loop head at " + pc);
    }

    /** Runs the function with the arguments {@code src[base .. base + argc)}. */
    public abstract Object call(VirtualMachine vm, VmFunction fn, StructInstance receiver, Object[] src, int base,
                                int argc, CallFrame caller, int callPc);

    public Object call0(VirtualMachine vm, VmFunction fn, StructInstance receiver, CallFrame caller, int callPc) {
        return call(vm, fn, receiver, NO_ARGS, 0, 0, caller, callPc);
    }

    public Object call1(VirtualMachine vm, VmFunction fn, StructInstance receiver, Object a, CallFrame caller,
                        int callPc) {
        return call(vm, fn, receiver, new Object[] {a}, 0, 1, caller, callPc);
    }

    public Object call2(VirtualMachine vm, VmFunction fn, StructInstance receiver, Object a, Object b,
                        CallFrame caller, int callPc) {
        return call(vm, fn, receiver, new Object[] {a, b}, 0, 2, caller, callPc);
    }

    public Object call3(VirtualMachine vm, VmFunction fn, StructInstance receiver, Object a, Object b, Object c,
                        CallFrame caller, int callPc) {
        return call(vm, fn, receiver, new Object[] {a, b, c}, 0, 3, caller, callPc);
    }
}
