package dev.ruff.vm.jit;

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
 */
public final class Deoptimization {
    private static final AtomicLong COUNT = new AtomicLong();

    private Deoptimization() {
    }

    /**
     * Called by compiled code whose guess failed: continues frame {@code f} on the dispatch loop at {@code pc}
     * with the first {@code live} of {@code values} as its registers, and returns the call's result.
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

    /** How many activations deoptimised in this JVM (for tests and diagnostics). */
    public static long count() {
        return COUNT.get();
    }
}
