package dev.ruff.vm;

import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffStack;
import dev.ruff.runtime.StructInstance;

/**
 * One activation on the VM's heap: the running chunk, program counter, locals followed by the operand
 * stack in {@link #regs}, the closure's cells and the try handlers. Everything the dispatch loop needs
 * between instructions lives here, not on the Java stack, so a frame can be left and re-entered.
 *
 * <p>A frame is also the {@link Invoker} compiled code passes to the runtime (operator overloads, array adapters,
 * generators): compiled activations do not keep {@link VirtualMachine#frame} up to date (two GC-barriered
 * reference stores per call), so a call back into the VM first makes this frame the VM's current one, the
 * caller the callback's activation links to.</p>
 */
public final class CallFrame implements RuffStack.Activation, Invoker {
    private static final Object[] NO_REGS = new Object[0];

    /** The VM this frame runs on (its pool, or the task or generator it is the root of). */
    private final VirtualMachine vm;

    // Not final: the VM recycles a function's frame for the next call at the same depth once it returns.
    public Chunk chunk;
    /** The running function, or {@code null} for a module body. */
    public VmFunction function;
    public Object[] regs = NO_REGS;
    public Cell[] upvalues;
    public Globals globals;
    public CallFrame caller;
    /** Where in the caller's chunk the call was made, or -1 (called from a native or the host). */
    public int callPc;
    int depth;
    int pc;
    int sp;
    /** Installed try handlers: pairs of (handler pc, operand stack pointer), innermost last. */
    private int[] handlers;
    private int handlerCount;
    /** The error the running except block handles. */
    public RuffRuntimeError caught;

    CallFrame(VirtualMachine vm) {
        this.vm = vm;
    }

    CallFrame(VirtualMachine vm, Chunk chunk, VmFunction function, Cell[] upvalues, Globals globals, CallFrame caller) {
        this.vm = vm;
        init(chunk, function, upvalues, globals, caller, -1,
                caller == null ? (function == null ? 0 : 1) : caller.depth + (function == null ? 0 : 1));
    }

    /** (Re)starts this frame for a new activation with unbound locals. */
    void init(Chunk chunk, VmFunction function, Cell[] upvalues, Globals globals, CallFrame caller, int callPc,
              int depth) {
        this.chunk = chunk;
        this.function = function;
        this.upvalues = upvalues;
        this.globals = globals;
        this.caller = caller;
        this.callPc = callPc;
        this.depth = depth;
        int slots = chunk.slotCount();
        int size = chunk.frameSize();
        if (regs.length < size) {
            regs = new Object[size];
        } else {
            // Locals must start unbound (null); the operand stack is always written before it is read.
            Object[] r = regs;
            for (int i = 0; i < slots; i++) {
                r[i] = null;
            }
        }
        this.pc = 0;
        this.sp = slots;
        this.handlerCount = 0;
        this.caught = null;
    }

    /**
     * (Re)starts this frame for a compiled activation: only what stack traces, call depth, natives and the
     * runtime steps read (compiled code keeps its registers in JVM locals, so {@link #regs} is left alone).
     */
    public void enterCompiled(VmFunction fn, CallFrame caller, int callPc, int depth) {
        // Recursion and loops call the same function from the same caller frame at a given depth over and
        // over: skipping the unchanged reference stores saves their GC barriers on the hottest path.
        if (function != fn) {
            this.chunk = fn.proto.chunk();
            this.function = fn;
            this.upvalues = fn.upvalues;
            this.globals = fn.globals;
        }
        if (this.caller != caller) {
            this.caller = caller;
        }
        this.callPc = callPc;
        this.depth = depth;
    }

    /**
     * Takes the registers of a compiled activation that deoptimised, so the dispatch loop can continue it at
     * {@code pc} with {@code live} registers (locals and operand stack). No try block is active there (a failed
     * guess: typed chunks have none); an await exit reinstalls the active ones afterwards.
     */
    void deoptimizedAt(int pc, int live, Object[] values) {
        int size = chunk.frameSize();
        if (regs.length < size) {
            regs = new Object[size];
        }
        System.arraycopy(values, 0, regs, 0, live);
        java.util.Arrays.fill(regs, live, size, null);
        this.pc = pc;
        this.sp = live;
        this.handlerCount = 0;
        this.caught = null;
    }

    /** Where the caller called this frame, or null when called from a native or the host. */
    @Override
    public SourcePos callPos() {
        return callPc < 0 || caller == null ? null : caller.chunk.positionAt(callPc);
    }

    @Override
    public RuffStack.Activation callerActivation() {
        return caller;
    }

    void pushHandler(int target, int stackPointer) {
        if (handlers == null) {
            handlers = new int[8];
        } else if (handlerCount * 2 == handlers.length) {
            handlers = java.util.Arrays.copyOf(handlers, handlers.length * 2);
        }
        handlers[handlerCount * 2] = target;
        handlers[handlerCount * 2 + 1] = stackPointer;
        handlerCount++;
    }

    void popHandler() {
        handlerCount--;
    }

    void dropHandlers() {
        handlerCount = 0;
    }

    boolean hasHandler() {
        return handlerCount > 0;
    }

    /** Removes the innermost handler and moves execution to it; the stack is cut back to its depth. */
    void enterHandler(RuffRuntimeError error) {
        handlerCount--;
        pc = handlers[handlerCount * 2];
        int stackPointer = handlers[handlerCount * 2 + 1];
        java.util.Arrays.fill(regs, stackPointer, sp, null);
        sp = stackPointer;
        caught = error;
    }

    // ------------------------------------------------------------------ calls back from this activation

    @Override
    public Object call(Object callee, Object... args) {
        vm.frame = this;
        return vm.call(callee, args);
    }

    @Override
    public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
        vm.frame = this;
        return vm.callMethod(receiver, method, args);
    }

    @Override
    public Invoker forAnotherThread() {
        return vm.forAnotherThread();
    }

    @Override
    public String functionName() {
        return function == null ? null : function.name();
    }
}
