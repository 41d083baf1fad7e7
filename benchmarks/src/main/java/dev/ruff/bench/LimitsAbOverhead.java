package dev.ruff.bench;

import dev.ruff.BackendType;
import java.time.Duration;
import java.util.Arrays;

/**
 * The cost of a deadline plus a step budget on {@code fib(30)}, measured A/B: two engines (limits off and
 * on) called alternately in one JVM, so drifting machine load hits both equally; prints the median time
 * per call of each and their ratio. Complements {@link LimitsOverheadBenchmark} on busy machines.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ruff.bench.LimitsAbOverhead [rounds]}</p>
 */
public final class LimitsAbOverhead {
    private LimitsAbOverhead() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        System.out.println("| backend | rounds | off median ms | on median ms | overhead |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (BackendType backend : BackendType.values()) {
            Workload fib = Workload.load("fib");
            int n = backend == BackendType.INTERPRETER ? Math.max(5, rounds / 3) : rounds;
            // "on" is defined first: any advantage of the first engine (code warmed first) goes to the limits
            try (DefinedWorkload on = DefinedWorkload.define(fib, backend,
                         b -> b.timeout(Duration.ofHours(1)).maxSteps(Long.MAX_VALUE / 2));
                 DefinedWorkload off = DefinedWorkload.define(fib, backend)) {
                for (int i = 0; i < 5; i++) { // warm-up
                    off.verify();
                    on.verify();
                }
                double[] offMs = new double[n];
                double[] onMs = new double[n];
                for (int i = 0; i < n; i++) {
                    boolean onFirst = i % 2 == 1;
                    if (onFirst) {
                        onMs[i] = time(on);
                        offMs[i] = time(off);
                    } else {
                        offMs[i] = time(off);
                        onMs[i] = time(on);
                    }
                }
                Arrays.sort(offMs);
                Arrays.sort(onMs);
                double a = offMs[n / 2];
                double b = onMs[n / 2];
                System.out.printf("| %s | %d | %.1f | %.1f | %+.1f %% |%n", backend, n, a, b, (b / a - 1) * 100);
            }
        }
    }

    private static double time(DefinedWorkload w) {
        long start = System.nanoTime();
        w.callRun();
        return (System.nanoTime() - start) / 1e6;
    }
}
