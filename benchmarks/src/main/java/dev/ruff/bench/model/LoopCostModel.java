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
 * The {@code loop_sum} workload (10 million iterations of {@code total := total + i; i := i + 1}) in Java, in the
 * shape Ruff's compile tier generates for it: unboxed {@code long} locals, overflow-checked additions, the
 * instruction index stored for error positions with a handler reading it, and the run limits charged every 128
 * back-edges. Two ways of checking overflow are compared: {@link Math#addExact} (a C2 intrinsic: the machine add
 * and a branch on the overflow flag) and a sign test of the result written out in Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoopCostModel {
    private long limit = 10_000_000;
    private final CallCostModel.Guard guard = new CallCostModel.Guard();
    private int errorPc;

    private static long signTestAdd(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("Integer overflow: " + x + " + " + y);
        }
        return r;
    }

    @Benchmark
    public long plainLong() {
        long total = 0;
        for (long i = 0; i < limit; i++) {
            total += i;
        }
        return total;
    }

    @Benchmark
    public long addExact() {
        long total = 0;
        long i = 0;
        while (i < limit) {
            total = Math.addExact(total, i);
            i = Math.addExact(i, 1);
        }
        return total;
    }

    @Benchmark
    public Object ruffShapeAddExact() {
        int pc = 0;
        try {
            long total = 0;
            long i = 0;
            int ticks = 128;
            while (i < limit) {
                pc = 10;
                total = Math.addExact(total, i);
                pc = 19;
                i = Math.addExact(i, 1);
                pc = 26;
                if (--ticks <= 0) {
                    guard.tick();
                    ticks = 128;
                }
            }
            return total;
        } catch (RuntimeException e) {
            errorPc = pc;
            throw e;
        }
    }

    @Benchmark
    public Object ruffShapeSignTest() {
        int pc = 0;
        try {
            long total = 0;
            long i = 0;
            int ticks = 128;
            while (i < limit) {
                pc = 10;
                total = signTestAdd(total, i);
                pc = 19;
                i = signTestAdd(i, 1);
                pc = 26;
                if (--ticks <= 0) {
                    guard.tick();
                    ticks = 128;
                }
            }
            return total;
        } catch (RuntimeException e) {
            errorPc = pc;
            throw e;
        }
    }
}
