package dev.ruff.vm.jit;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.vm.CallFrame;
import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.VirtualMachine;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The way back from compiled code to the dispatch loop (the reverse of on-stack replacement). Compiled code
 * keeps some ints unboxed on a guess ({@link JitTypes}); when a guess fails mid-function, the generated code
 * boxes every live register, and this class hands them to the activation's {@link CallFrame} and lets the
 * dispatch loop finish the call from the instruction compiled code had reached. The chunk loses its compiled
 * body and is marked, so its next compilation guesses floats where an int guess met a float, or makes no
 * guesses.
 *
 * <p>The dispatch loop then behaves as if it had run the call from the start: errors, Ruff stack traces, the
 * call-depth limit and the run's limits all work on the frame as on any other.</p>
 *
 * <p>A task's root frame (its async body, only ever entered by on-stack replacement) is not run by a nested
 * loop: it is handed back to the task's own dispatch loop, which is below the compiled code on the Java stack,
 * so its awaits can still suspend the task. The same exit, without giving up the compiled body, leaves compiled
 * code at an await whose promise is pending ({@link #leaveAtAwait}).</p>
 */
public final class Deoptimization {
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong AWAIT_EXITS = new AtomicLong();

    private Deoptimization() {
    }

    /**
     * Called by compiled code whose guess failed: continues frame {@code f} on the dispatch loop at {@code pc}
     * with the first {@code live} of {@code values} as its registers, and returns the call's result (for a task's
     * root frame, the marker that hands the frame back to the task's loop).
     * {@code intGuessAt} is the {@code FOR_NEXT} whose int guess failed (its item is the top register), or -1:
     * when that item is a float, the chunk's next compilation guesses floats there; any other failure makes
     * it guess nothing.
     */
    public static Object continueInterpreted(VirtualMachine vm, CallFrame f, int pc, int live, Object[] values,
                                             int intGuessAt) {
        COUNT.incrementAndGet();
        Chunk chunk = f.chunk;
        synchronized (chunk) {
            // once guess-free code is compiled, a late deoptimisation of older code keeps it
            if (chunk.compiled != null && !chunk.guessFailed) {
                chunk.compiled = null;
                chunk.hotness = 0;
                if (intGuessAt >= 0 && values[live - 1] instanceof Double) {
                    boolean[] floats = chunk.floatItems == null ? new boolean[chunk.code().length]
                            : chunk.floatItems.clone();
                    floats[intGuessAt] = true;
                    chunk.floatItems = floats;
                } else {
                    chunk.guessFailed = true;
                }
            }
        }
        return vm.continueInterpreted(f, pc, live, values);
    }

    /**
     * Called by the compiled code of a task's root frame (an async body, entered by on-stack replacement) at an
     * await whose promise is pending: hands frame {@code f} back to the task's dispatch loop at the AWAIT
     * {@code pc}, with its registers, the error its except block handles and its active try handlers, and
     * returns the marker compiled code returns to that loop, which then suspends the task as it always does.
     * The compiled body stays installed: the frame re-enters it at the next hot loop head after resuming.
     */
    public static Object leaveAtAwait(VirtualMachine vm, CallFrame f, int pc, int live, Object[] values,
                                      RuffRuntimeError caught, int[] handlers) {
        AWAIT_EXITS.incrementAndGet();
        return vm.leaveCompiledAtAwait(f, pc, live, values, caught, handlers);
    }

    /** How many activations deoptimised in this JVM (for tests and diagnostics). */
    public static long count() {
        return COUNT.get();
    }

    /** How many times compiled async bodies left for their task's loop at a pending await in this JVM. */
    public static long awaitExits() {
        return AWAIT_EXITS.get();
    }
}
