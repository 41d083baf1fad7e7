package dev.ruff.bench;

import dev.ruff.BackendType;

/**
 * Calls one workload's {@code run()} again and again for a while, for a profiler attached to the JVM
 * ({@code benchmarks/profile}): {@code ProfileRun WORKLOAD BACKEND SECONDS}. Prints the median call time of
 * the last half, so a profile can be matched with a speed.
 */
public final class ProfileRun {
    private ProfileRun() {
    }

    public static void main(String[] args) {
        Workload workload = Workload.load(args[0]);
        BackendType backend = BackendType.valueOf(args[1]);
        long seconds = Long.parseLong(args[2]);
        try (DefinedWorkload defined = DefinedWorkload.define(workload, backend)) {
            defined.verify();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            java.util.List<Double> late = new java.util.ArrayList<>();
            long half = System.nanoTime() + seconds * 500_000_000L;
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                defined.callRun();
                if (t > half) {
                    late.add((System.nanoTime() - t) / 1e6);
                }
            }
            java.util.Collections.sort(late);
            System.out.printf("%s on %s: median %.2f ms per run() over the last %d calls%n", workload.name(), backend,
                    late.isEmpty() ? Double.NaN : late.get(late.size() / 2), late.size());
        }
    }
}
