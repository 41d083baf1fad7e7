package dev.ruff.bench;

import dev.ruff.bench.peer.Peer;
import dev.ruff.bench.peer.PeerRun;
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
 * Steady-state time of one call of a workload's {@code run()} on a peer engine (plain Java, Rhino
 * compiled, Nashorn, LuaJ), in milliseconds: the counterpart of {@link WorkloadBenchmark} with the
 * same settings, so Ruff and its peers are measured alike in one {@code benchmarks/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeerBenchmark {
    /** Which workload (a file name under benchmarks/workloads without extension). */
    @Param({"fib", "loop_sum", "nested_loops", "dict_ops", "string_concat", "sort_ints", "closures",
            "struct_fields", "method_calls", "mandelbrot"})
    public String workload;

    /** Which peer, as a {@link Peer} constant name. */
    @Param({"JAVA", "RHINO", "NASHORN", "LUAJ"})
    public String engine;

    private PeerRun defined;

    /** Evaluates the twin once per trial in fresh globals and checks its result before anything is timed. */
    @Setup(Level.Trial)
    public void define() {
        defined = Peer.valueOf(engine).define(Workload.load(workload));
    }

    /** Releases the engine. */
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
