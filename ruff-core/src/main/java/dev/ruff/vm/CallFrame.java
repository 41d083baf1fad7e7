package dev.ruff.vm;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;

/**
 * One activation on the VM's heap: the running chunk, program counter, locals followed by the operand
 * stack in {@link #regs}, the closure's cells and the try handlers. Everything the dispatch loop needs
 * between instructions lives here, not on the Java stack, so a frame can be left and re-entered.
 */
final class CallFrame {
    final Chunk chunk;
    /** The running function, or {@code null} for a module body. */
    final VmFunction function;
    final Object[] regs;
    final Cell[] upvalues;
    final Globals globals;
    final CallFrame caller;
    /** Where the caller called this frame (null when called from a native or the host). */
    final SourcePos callPos;
    final int depth;
    /** When this frame returns, the dispatch loop that runs it returns too (entry from Java). */
    final boolean boundary;
    int pc;
    int sp;
    /** Installed try handlers: pairs of (handler pc, operand stack pointer), innermost last. */
    private int[] handlers;
    private int handlerCount;
    /** The error the running except block handles. */
    RuffRuntimeError caught;

    CallFrame(Chunk chunk, VmFunction function, Cell[] upvalues, Globals globals, CallFrame caller,
              SourcePos callPos, boolean boundary) {
        this.chunk = chunk;
        this.function = function;
        this.regs = new Object[chunk.frameSize()];
        this.upvalues = upvalues;
        this.globals = globals;
        this.caller = caller;
        this.callPos = callPos;
        this.boundary = boundary;
        this.depth = caller == null ? (function == null ? 0 : 1) : caller.depth + (function == null ? 0 : 1);
        this.sp = chunk.slotCount();
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

    String functionName() {
        return function == null ? null : function.name();
    }
}
