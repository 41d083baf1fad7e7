import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * Measures an async function whose body has a hot loop (not a test): 3,000,000 iterations of integer
 * arithmetic between awaits, once with no await inside the loop and once awaiting another task every 10,000
 * iterations (each such await suspends the task and resumes it). Needs ruff-core and its dependencies on the
 * class path: {@code java -cp ruff-core/target/classes:<dependencies> benchmarks/async/AsyncBodyBenchmark.java}
 * (run.sh shows how to get the dependencies' class path).
 * Prints the median and best of the later runs per case, in milliseconds per script run.
 */
public final class AsyncBodyBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private static final String PLAIN = """
            async func step(x) { return x }
            async func work(n) {
                mut total := await step(0)
                mut i := 0
                while i < n {
                    total := total + i % 7
                    i := i + 1
                }
                return total + await step(1)
            }
            result := await work(3000000)
            """;

    private static final String AWAITING = """
            async func step(x) { return x }
            async func work(n) {
                mut total := 0
                mut i := 0
                while i < n {
                    total := total + i % 7
                    if i % 10000 == 0 { total := total + await step(1) }
                    i := i + 1
                }
                return total
            }
            result := await work(3000000)
            """;

    public static void main(String[] args) throws Exception {
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).out(new StringWriter()).build()) {
            report(engine, "async body, hot loop, no await inside", PLAIN);
            report(engine, "async body, hot loop, await every 10,000", AWAITING);
        }
    }

    private static void report(RuffEngine engine, String label, String source) throws Exception {
        RuffScript script = engine.compile(source, "bench.ruff");
        for (int i = 0; i < WARMUP; i++) {
            script.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            script.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-42s median %8.1f ms  best %8.1f ms%n", label, millis[RUNS / 2], millis[0]);
    }
}
