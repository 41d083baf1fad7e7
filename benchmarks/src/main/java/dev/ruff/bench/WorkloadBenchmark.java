package dev.ruff.bench;

import dev.ruff.BackendType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state time of one call of a workload's {@code run()} on one backend, in milliseconds.
 *
 * <p>The defaults (5 × 1 s warm-up, 5 × 1 s measurement, one fork) keep a full run of every
 * workload on both backends to a few minutes on a 2-core machine; {@code benchmarks/run} passes the
 * same values explicitly and can narrow {@code workload} / {@code backend} with {@code -p}.</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkloadBenchmark {
    /** Which workload (a file name under benchmarks/workloads without .ruff). */
    @Param({"fib", "loop_sum", "nested_loops", "dict_ops", "string_concat", "sort_ints", "closures",
            "struct_fields", "method_calls", "mandelbrot"})
    public String workload;

    /** Which backend, as a {@link BackendType} constant name. */
    @Param({"INTERPRETER", "VM"})
    public String backend;

    private DefinedWorkload defined;

    /** Defines the workload once per trial and checks its result before anything is timed. */
    @Setup(Level.Trial)
    public void define() {
        defined = DefinedWorkload.define(Workload.load(workload), BackendType.valueOf(backend));
        defined.verify();
    }

    /** Stops the engine's script threads. */
    @TearDown(Level.Trial)
    public void close() {
        defined.close();
    }

    /** One call of {@code run()}; returning the result keeps the JIT from discarding the work. */
    @Benchmark
    public Object run() {
        return defined.callRun();
    }
}
