package dev.ruff.bench;

import dev.ruff.BackendType;
import java.time.Duration;
import java.util.Arrays;

/**
 * The cost of a deadline plus a step budget on {@code fib(30)}, measured A/B in one JVM: two engines, limits
 * off and on, called alternately (off-on, on-off, off-on …) so that drifting machine load hits both equally.
 * Each round times one call of each; the round's ratio on/off is one sample, and the median of those paired
 * ratios is the fork's overhead (robust against load that changes between rounds, unlike a ratio of two
 * separately taken medians). {@code benchmarks/limits/run} runs several forks, alternating which engine is
 * defined (and so warmed) first, and reports the median over forks and their spread.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ruff.bench.LimitsAbOverhead [rounds [warm-up [fork]]]}
 * prints one line per backend: {@code backend fork firstDefined rounds offMedianMs onMedianMs pairedRatioMedian
 * pairedRatioP25 pairedRatioP75}. The interpreter, ten times slower, does a third of the rounds.</p>
 */
public final class LimitsAbOverhead {
    private LimitsAbOverhead() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int fork = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean onFirst = fork % 2 == 0; // alternate across forks: no side keeps the first-warmed advantage
        for (BackendType backend : BackendType.values()) {
            Workload fib = Workload.load("fib");
            boolean slow = backend == BackendType.INTERPRETER;
            int n = slow ? Math.max(5, rounds / 3) : rounds;
            int w = slow ? Math.max(3, warmUp / 3) : warmUp;
            DefinedWorkload first = null;
            DefinedWorkload second = null;
            try {
                first = onFirst ? limited(fib, backend) : DefinedWorkload.define(fib, backend);
                second = onFirst ? DefinedWorkload.define(fib, backend) : limited(fib, backend);
                DefinedWorkload on = onFirst ? first : second;
                DefinedWorkload off = onFirst ? second : first;
                for (int i = 0; i < w; i++) { // warm-up, including the compile tier's decisions
                    off.verify();
                    on.verify();
                }
                double[] offMs = new double[n];
                double[] onMs = new double[n];
                double[] ratio = new double[n];
                for (int i = 0; i < n; i++) {
                    if (i % 2 == 1) {
                        onMs[i] = time(on);
                        offMs[i] = time(off);
                    } else {
                        offMs[i] = time(off);
                        onMs[i] = time(on);
                    }
                    ratio[i] = onMs[i] / offMs[i];
                }
                Arrays.sort(offMs);
                Arrays.sort(onMs);
                Arrays.sort(ratio);
                System.out.printf(java.util.Locale.ROOT, "%s %d %s %d %.3f %.3f %.4f %.4f %.4f%n", backend, fork,
                        onFirst ? "on" : "off", n, offMs[n / 2], onMs[n / 2], ratio[n / 2], ratio[n / 4],
                        ratio[(3 * n) / 4]);
            } finally {
                if (first != null) {
                    first.close();
                }
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    private static DefinedWorkload limited(Workload fib, BackendType backend) {
        return DefinedWorkload.define(fib, backend, b -> b.timeout(Duration.ofHours(1)).maxSteps(Long.MAX_VALUE / 2));
    }

    private static double time(DefinedWorkload w) {
        long start = System.nanoTime();
        w.callRun();
        return (System.nanoTime() - start) / 1e6;
    }
}
