package dev.ruff.bench;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whole scripts as script authors write them (top-level code, {@code s := s + x} without {@code mut}), timed
 * in-process the way {@code benchmarks/forms/forms_bench.py} times CPython: the script is compiled once, then
 * run again and again, each time in fresh globals; the median of the timed runs after untimed warm-up runs (at
 * least WARMUP of them and at least three seconds' worth).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ruff.bench.FormsTimer WARMUP RUNS FILE.ruff...} prints
 * one line per script and backend: {@code name backend medianMs minMs output}, where output is what the script
 * printed on its first run (the driver checks it against CPython's).</p>
 */
public final class FormsTimer {
    /** The least warm-up time per script and backend. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private FormsTimer() {
    }

    public static void main(String[] args) throws IOException {
        int warmUp = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        for (int a = 2; a < args.length; a++) {
            Path file = Path.of(args[a]);
            String source = Files.readString(file);
            String name = file.getFileName().toString().replaceFirst("\\.ruff$", "");
            for (BackendType backend : BackendType.values()) {
                boolean slow = backend == BackendType.INTERPRETER;
                time(name, source, backend, slow ? Math.max(1, warmUp / 2) : warmUp, slow ? Math.max(3, runs / 2) : runs);
            }
        }
    }

    private static void time(String name, String source, BackendType backend, int warmUp, int runs) {
        StringWriter first = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(first).build()) {
            engine.compile(source, name + ".ruff").run(engine.newContext());
        }
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(Writer.nullWriter()).build()) {
            RuffScript script = engine.compile(source, name + ".ruff");
            // At least warmUp runs and at least WARM_UP_NANOS: a fast script needs many runs before the JVM has
            // compiled the engine's hot paths, and whichever script comes first would otherwise pay for that.
            long warmUpStart = System.nanoTime();
            for (int i = 0; i < warmUp || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
                script.run(engine.newContext());
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                RuffContext context = engine.newContext();
                long start = System.nanoTime();
                script.run(context);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%s %s %.3f %.3f %s%n", name, backend, ms[runs / 2], ms[0],
                    first.toString().strip().replace(' ', '_'));
        }
    }
}
