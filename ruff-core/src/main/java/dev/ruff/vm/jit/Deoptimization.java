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
 * body and is marked, so its next compilation makes no guesses.
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
     */
    public static Object continueInterpreted(VirtualMachine vm, CallFrame f, int pc, int live, Object[] values) {
        COUNT.incrementAndGet();
        Chunk chunk = f.chunk;
        synchronized (chunk) {
            if (!chunk.guessFailed) {
                chunk.guessFailed = true;
                chunk.compiled = null;
                chunk.hotness = 0;
            }
        }
        return vm.continueInterpreted(f, pc, live, values);
    }

    /** How many activations deoptimised in this JVM (for tests and diagnostics). */
    public static long count() {
        return COUNT.get();
    }
}
