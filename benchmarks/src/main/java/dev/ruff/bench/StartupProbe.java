package dev.ruff.bench;

import dev.ruff.RuffEngine;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * Measures what a host pays to start Ruff in a fresh JVM: the first engine built plus {@code eval("1 + 1")}
 * (and close), then the same for further engines. Run it in a new JVM each time ({@code benchmarks/startup/run}
 * does, several times, and keeps medians); it prints one line of JSON.
 *
 * <ul>
 * <li>By default the engine is {@code RuffEngine.builder().build()}.</li>
 * <li>{@code --jsr223}: through {@code javax.script} only, as a generic host: the first engine is
 *     {@code new ScriptEngineManager().getEngineByName("ruff")}; further engines come from the same manager;
 *     then {@code eval("1 + 1", engine.createBindings())} on one engine measures an evaluation in fresh
 *     globals. Needs {@code ruff-jsr223} on the class path.</li>
 * <li>{@code --first-only} (after the mode) stops after the first engine, for counting the classes it loads
 *     ({@code -Xlog:class+load}) without the management classes the full report needs.</li>
 * </ul>
 */
public final class StartupProbe {
    private static final int FURTHER_ENGINES = 200;

    private StartupProbe() {
    }

    public static void main(String[] args) throws ScriptException {
        long mainStart = System.nanoTime();
        boolean jsr223 = Arrays.asList(args).contains("--jsr223");
        ScriptEngineManager manager = null;
        Object first;
        if (jsr223) {
            manager = new ScriptEngineManager();
            first = scriptEngineAndEval(manager);
        } else {
            first = engineAndEval();
        }
        long firstDone = System.nanoTime();
        if (Arrays.asList(args).contains("--first-only")) {
            System.out.println(first);
            return;
        }
        long[] further = new long[FURTHER_ENGINES];
        for (int i = 0; i < further.length; i++) {
            long start = System.nanoTime();
            Object result = jsr223 ? scriptEngineAndEval(manager) : engineAndEval();
            further[i] = System.nanoTime() - start;
            check(result);
        }
        long[] bindings = new long[jsr223 ? FURTHER_ENGINES : 0];
        if (jsr223) {
            ScriptEngine engine = manager.getEngineByName("ruff");
            try {
                for (int i = 0; i < bindings.length; i++) {
                    long start = System.nanoTime();
                    Object result = engine.eval("1 + 1", engine.createBindings());
                    bindings[i] = System.nanoTime() - start;
                    check(result);
                }
            } finally {
                close(engine);
            }
        }
        // Read only now: the management classes would otherwise count against the first engine.
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        double beforeMainMs = uptimeMs - (System.nanoTime() - mainStart) / 1e6;
        Arrays.sort(further);
        Arrays.sort(bindings);
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"mode\": \"%s\", \"jvm_to_main_ms\": %.1f, \"first_engine_eval_ms\": %.2f,"
                        + " \"further_median_ms\": %.3f, \"further_p90_ms\": %.3f, \"further_min_ms\": %.3f,"
                        + " \"further_runs\": %d",
                jsr223 ? "jsr223" : "RuffEngine", beforeMainMs, (firstDone - mainStart) / 1e6,
                further[further.length / 2] / 1e6, further[further.length * 9 / 10] / 1e6, further[0] / 1e6,
                further.length));
        if (jsr223) {
            json.append(String.format(Locale.ROOT,
                    ", \"bindings_median_ms\": %.3f, \"bindings_p90_ms\": %.3f, \"bindings_min_ms\": %.3f",
                    bindings[bindings.length / 2] / 1e6, bindings[bindings.length * 9 / 10] / 1e6, bindings[0] / 1e6));
        }
        json.append(", \"result\": \"").append(first).append("\"}");
        System.out.println(json);
    }

    /** One engine with the default (service-loaded) natives, one evaluation, closed. */
    private static Object engineAndEval() {
        try (RuffEngine engine = RuffEngine.builder().build()) {
            return engine.eval("1 + 1");
        }
    }

    /** One {@code javax.script} engine from {@code manager}, one evaluation, closed (Ruff's engine is closeable). */
    private static Object scriptEngineAndEval(ScriptEngineManager manager) throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("ruff");
        if (engine == null) {
            throw new IllegalStateException("no javax.script engine named ruff on the class path");
        }
        try {
            return engine.eval("1 + 1");
        } finally {
            close(engine);
        }
    }

    private static void close(ScriptEngine engine) {
        if (engine instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void check(Object result) {
        if (!Long.valueOf(2).equals(result)) {
            throw new IllegalStateException("eval(\"1 + 1\") returned " + result);
        }
    }
}
