package dev.ruff.bench.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code fib(30)} (1.6 million calls) in Java, adding one by one what a compiled Ruff call must do: values as
 * boxed {@code Long}s through a virtual call of a body object (Ruff functions are values, their compiled bodies
 * classes of their own), the run limits' tick per call (a countdown and a read of the stop state), and a pooled
 * frame per activation holding caller, depth and call site (the Ruff stack, the depth limit and natives calling
 * back need it). The last variant is the floor Ruff's calling convention allows; {@code WorkloadBenchmark}'s
 * {@code fib} is what Ruff achieves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallCostModel {
    private int n = 30;

    /** The run limits' per-call tick, as {@code RunGuard.tick} does it. */
    static final class Guard {
        private int countdown = 1024;
        private volatile Object stop;

        void tick() {
            if (--countdown < 0 || stop != null) {
                countdown = 1024;
                if (stop != null) {
                    throw new IllegalStateException("stopped");
                }
            }
        }
    }

    /** A pooled activation record: what compiled Ruff code stores per call. */
    static final class Frame {
        Frame caller;
        int depth;
        int callPc;

        /** Links the pooled frame for the callee of {@code caller} (as {@code VirtualMachine.enterCompiled} does). */
        static Frame enter(Frame[] pool, Frame caller, int callPc) {
            int depth = caller == null ? 1 : caller.depth + 1;
            if (depth >= pool.length) {
                throw new IllegalStateException("too deep");
            }
            Frame f = pool[depth];
            if (f.caller != caller) {
                f.caller = caller;
            }
            f.depth = depth;
            f.callPc = callPc;
            return f;
        }
    }

    /** A compiled function body, called virtually with boxed values. */
    abstract static class Body {
        abstract Object call1(Object arg, Frame caller, int callPc);
    }

    static final class Fib extends Body {
        private final boolean tick;
        private final boolean frames;
        private final Guard guard = new Guard();
        private final Frame[] pool = new Frame[64];
        Body self = this;

        Fib(boolean tick, boolean frames) {
            this.tick = tick;
            this.frames = frames;
            for (int i = 0; i < pool.length; i++) {
                pool[i] = new Frame();
            }
        }

        @Override
        Object call1(Object arg, Frame caller, int callPc) {
            if (tick) {
                guard.tick();
            }
            Frame f = null;
            if (frames) {
                f = Frame.enter(pool, caller, callPc);
            }
            if (arg instanceof Long x && x < 2) {
                return arg;
            }
            Object a = self.call1(Math.subtractExact((Long) arg, 1L), f, 1);
            Object b = self.call1(Math.subtractExact((Long) arg, 2L), f, 2);
            return a instanceof Long x && b instanceof Long y ? (Object) Math.addExact(x, y) : null;
        }
    }

    private final Fib boxed = new Fib(false, false);
    private final Fib boxedTick = new Fib(true, false);
    private final Fib boxedFrame = new Fib(false, true);
    private final Fib boxedFrameTick = new Fib(true, true);

    private static long fib(long n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    @Benchmark
    public long plainLong() {
        return fib(n);
    }

    @Benchmark
    public Object boxedVirtual() {
        return boxed.call1((long) n, null, 0);
    }

    @Benchmark
    public Object boxedVirtualTick() {
        return boxedTick.call1((long) n, null, 0);
    }

    @Benchmark
    public Object boxedVirtualFrame() {
        return boxedFrame.call1((long) n, null, 0);
    }

    @Benchmark
    public Object boxedVirtualFrameTick() {
        return boxedFrameTick.call1((long) n, null, 0);
    }
}
