import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the async runtime's timers (not a test): 3 x async_sleep(100) in Promise.all versus awaited
 * one by one, and N concurrent async_sleep(100) for N = 10,000 and 100,000, with the peak number of
 * live engine threads sampled while the sleeps are pending. Run through run.sh, which also runs the
 * CPython asyncio.gather equivalent (gather.py) in the same session. The last rows run on the VM: N async
 * functions that each await a 100 ms sleep, on a host executor of 2 threads (their awaits suspend).
 */
public final class SleepBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.INTERPRETER).out(new StringWriter()).build()) {
            report(engine, "3 x async_sleep(100) in Promise.all",
                    "await Promise.all([async_sleep(100), async_sleep(100), async_sleep(100)])");
            report(engine, "3 x async_sleep(100) awaited one by one",
                    "await async_sleep(100)\nawait async_sleep(100)\nawait async_sleep(100)");
            for (int n : new int[] {10_000, 100_000}) {
                report(engine, String.format("%,d concurrent async_sleep(100)", n),
                        "await promise_all(map(range(" + n + "), func(i) { return async_sleep(100) }))");
            }
        }
        // VM: async functions whose await suspends their frames, on a host executor of 2 threads.
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).executor(two)
                .out(new StringWriter()).build()) {
            for (int n : new int[] {10_000, 100_000}) {
                report(engine, String.format("VM: %,d async funcs awaiting async_sleep(100), 2 threads", n),
                        "async func nap(i) { await async_sleep(100)  return i }\n"
                                + "await promise_all(map(range(" + n + "), nap))");
            }
        } finally {
            two.shutdownNow();
        }
    }

    private static void report(RuffEngine engine, String label, String source) throws Exception {
        RuffScript script = engine.compile(source, "bench.ruff");
        for (int i = 0; i < WARMUP; i++) {
            script.run();
        }
        double[] millis = new double[RUNS];
        long peakThreads = 0;
        for (int i = 0; i < RUNS; i++) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(engineThreads(engine), Math::max);
                    Thread.onSpinWait();
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            script.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
            running.set(false);
            sampler.join();
            peakThreads = Math.max(peakThreads, peak.get());
        }
        Arrays.sort(millis);
        System.out.printf("ruff-jvm  %-42s median %8.1f ms  min %8.1f ms  max %8.1f ms  peak engine threads %d%n",
                label, millis[RUNS / 2], millis[0], millis[RUNS - 1], peakThreads);
    }

    /** The engine's async/timer/spare threads plus its script threads. */
    private static long engineThreads(RuffEngine engine) {
        String prefix = engine.async().threadPrefix();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().startsWith(prefix) || t.getName().startsWith("ruff-script-")))
                .count();
    }
}
