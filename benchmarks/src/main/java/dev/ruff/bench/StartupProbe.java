package dev.ruff.bench;

import dev.ruff.RuffEngine;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures what a host pays to start Ruff in a fresh JVM: the first {@code RuffEngine} built plus
 * {@code eval("1 + 1")} (and close), then the same for further engines. Run it in a new JVM each
 * time ({@code benchmarks/startup/run} does, several times, and keeps medians); it prints one line
 * of JSON.
 *
 * <p>{@code --first-only} stops after the first engine, for counting the classes it loads
 * ({@code -Xlog:class+load}) without the management classes the full report needs.</p>
 */
public final class StartupProbe {
    private static final int FURTHER_ENGINES = 200;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long mainStart = System.nanoTime();
        Object first = engineAndEval();
        long firstDone = System.nanoTime();
        if (args.length > 0 && args[0].equals("--first-only")) {
            System.out.println(first);
            return;
        }
        long[] further = new long[FURTHER_ENGINES];
        for (int i = 0; i < further.length; i++) {
            long start = System.nanoTime();
            engineAndEval();
            further[i] = System.nanoTime() - start;
        }
        // Read only now: the management classes would otherwise count against the first engine.
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        double beforeMainMs = uptimeMs - (System.nanoTime() - mainStart) / 1e6;
        Arrays.sort(further);
        System.out.println(String.format(Locale.ROOT,
                "{\"jvm_to_main_ms\": %.1f, \"first_engine_eval_ms\": %.2f, \"further_median_ms\": %.3f,"
                        + " \"further_p90_ms\": %.3f, \"further_min_ms\": %.3f, \"further_runs\": %d, \"result\": \"%s\"}",
                beforeMainMs, (firstDone - mainStart) / 1e6, further[further.length / 2] / 1e6,
                further[further.length * 9 / 10] / 1e6, further[0] / 1e6, further.length, first));
    }

    /** One engine with the default (service-loaded) natives, one evaluation, closed. */
    private static Object engineAndEval() {
        try (RuffEngine engine = RuffEngine.builder().build()) {
            return engine.eval("1 + 1");
        }
    }
}
