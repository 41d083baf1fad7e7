package dev.ruff.bench;

import dev.ruff.BackendType;
import java.time.Duration;
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
 * What run limits cost: a workload's {@code run()} with no deadline and no step budget ({@code off})
 * against the same with both set ({@code on}: a one-hour deadline and a budget it never reaches), in
 * one session. Results are recorded in {@code benchmarks/LIMITS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LimitsOverheadBenchmark {
    @Param({"fib", "loop_sum"})
    public String workload;

    @Param({"INTERPRETER", "VM"})
    public String backend;

    @Param({"off", "on"})
    public String limits;

    private DefinedWorkload defined;

    @Setup(Level.Trial)
    public void define() {
        boolean on = limits.equals("on");
        defined = DefinedWorkload.define(Workload.load(workload), BackendType.valueOf(backend),
                b -> on ? b.timeout(Duration.ofHours(1)).maxSteps(Long.MAX_VALUE / 2) : b);
        defined.verify();
    }

    @TearDown(Level.Trial)
    public void close() {
        defined.close();
    }

    @Benchmark
    public Object run() {
        return defined.callRun();
    }
}
