package dev.ruff.bench;

import dev.ruff.BackendType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cost of a deadline plus a step budget on {@code fib(30)}, measured in one JVM against a control.
 *
 * <p>Three engines run the same script: {@code first} and {@code control} without limits, {@code on} with a
 * one-hour deadline and a step budget it never reaches. The engine whose code HotSpot compiles first runs
 * faster than the later ones (shared runtime call sites are profiled with its generated classes first), so
 * {@code first} is always defined and warmed first and only stands for that effect; {@code control} and
 * {@code on} are compared with each other, and forks alternate which of the two comes second. Each round times
 * one call of each engine, in an order cycling through all six permutations, so drifting load and any advantage
 * of running earlier in a round hit every engine equally. A round's overhead is its {@code on} time over its
 * {@code control} time; the fork reports the median over its rounds. {@code benchmarks/limits/run} runs several
 * forks and reports the median over forks.</p>
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ruff.bench.LimitsAbOverhead [rounds [warm-up [fork]]]}
 * prints one line per backend: {@code backend fork secondWarmed rounds firstMs controlMs onMs overheadMedian
 * overheadP25 overheadP75 controlVsFirstMedian}, times being medians in milliseconds and the rest ratios.
 * The interpreter, ten times slower, does a third of the rounds.</p>
 */
public final class LimitsAbOverhead {
    private static final String[] NAMES = {"first", "control", "on"};
    private static final int[][] ORDERS = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}, {2, 1, 0}, {0, 2, 1}, {1, 0, 2}};

    private LimitsAbOverhead() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int fork = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        for (BackendType backend : BackendType.values()) {
            boolean slow = backend == BackendType.INTERPRETER;
            measure(backend, fork, slow ? Math.max(6, rounds / 3) : rounds, slow ? Math.max(3, warmUp / 3) : warmUp);
        }
    }

    private static void measure(BackendType backend, int fork, int rounds, int warmUp) {
        Workload fib = Workload.load("fib");
        DefinedWorkload[] engines = new DefinedWorkload[NAMES.length];
        List<DefinedWorkload> defined = new ArrayList<>();
        // first, then control and on in an order alternating by fork
        int[] warmOrder = fork % 2 == 0 ? new int[] {0, 1, 2} : new int[] {0, 2, 1};
        try {
            for (int slot : warmOrder) {
                engines[slot] = NAMES[slot].equals("on")
                        ? DefinedWorkload.define(fib, backend,
                                b -> b.timeout(Duration.ofHours(1)).maxSteps(Long.MAX_VALUE / 2))
                        : DefinedWorkload.define(fib, backend);
                defined.add(engines[slot]);
            }
            for (int i = 0; i < warmUp; i++) { // warm-up, including the compile tier's decisions
                for (int slot : warmOrder) {
                    engines[slot].verify();
                }
            }
            double[][] ms = new double[NAMES.length][rounds];
            double[] overhead = new double[rounds];
            double[] control = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                for (int slot : ORDERS[i % ORDERS.length]) {
                    ms[slot][i] = time(engines[slot]);
                }
                overhead[i] = ms[2][i] / ms[1][i];
                control[i] = ms[1][i] / ms[0][i];
            }
            Arrays.sort(overhead);
            Arrays.sort(control);
            System.out.printf(Locale.ROOT, "%s %d %s %d %.3f %.3f %.3f %.4f %.4f %.4f %.4f%n", backend, fork,
                    NAMES[warmOrder[1]], rounds, median(ms[0]), median(ms[1]), median(ms[2]),
                    overhead[rounds / 2], overhead[rounds / 4], overhead[(3 * rounds) / 4], control[rounds / 2]);
        } finally {
            defined.forEach(DefinedWorkload::close);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double time(DefinedWorkload w) {
        long start = System.nanoTime();
        w.callRun();
        return (System.nanoTime() - start) / 1e6;
    }
}
