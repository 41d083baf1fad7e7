package dev.ruff.bench;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How long a host waits for a spinning script to stop: {@code while true {}} in the main script, in an
 * async task and in a {@code spawn} block, stopped by {@code Future.cancel(true)} on the host's future or
 * by an interrupt of the host thread waiting for the run, or by {@code engine.close()}, on both backends.
 * Prints the median, the 90th percentile and the maximum over the repetitions,
 * in milliseconds, from the stop request until no thread of the engine runs Ruff code any more.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ruff.bench.StopLatency [repetitions]}</p>
 */
public final class StopLatency {
    private static final String[][] SCENARIOS = {
        {"main script", "print(\"ready\")\nwhile true {}"},
        {"async task", "async func spin() { print(\"ready\")\n while true {} }\np := spin()\nwhile true { }"},
        {"spawn block", "spawn { print(\"ready\")\n while true {} }\nwhile true { }"},
    };

    private static final String[] STOPPERS = {"Future.cancel(true)", "Thread.interrupt()", "engine.close()"};

    private StopLatency() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println("| backend | scenario | stopped by | median ms | p90 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (BackendType backend : BackendType.values()) {
            for (String[] scenario : SCENARIOS) {
                for (String how : STOPPERS) {
                    double[] millis = new double[repetitions];
                    for (int i = 0; i < repetitions; i++) {
                        millis[i] = once(backend, scenario[1], how);
                    }
                    Arrays.sort(millis);
                    System.out.printf("| %s | %s | %s | %.1f | %.1f | %.1f |%n", backend, scenario[0], how,
                            millis[repetitions / 2], millis[(int) Math.ceil(repetitions * 0.9) - 1],
                            millis[repetitions - 1]);
                }
            }
        }
    }

    /** One run: waits until the script is spinning, stops it, returns the milliseconds until it stopped. */
    private static double once(BackendType backend, String source, String how) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        Writer out = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                ready.countDown();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ExecutorService host = Executors.newSingleThreadExecutor();
        RuffEngine engine = RuffEngine.builder().backend(backend).out(out).err(Writer.nullWriter()).build();
        try {
            java.util.concurrent.atomic.AtomicReference<Thread> hostThread = new java.util.concurrent.atomic.AtomicReference<>();
            Future<Object> run = host.submit(() -> {
                hostThread.set(Thread.currentThread());
                return engine.compile(source, "spin.ruff").run();
            });
            ready.await();
            Thread.sleep(100); // let every spinning thread get going (and the compile tier kick in)
            List<Thread> threads = new ArrayList<>();
            // Engine threads are named "ruff-…"; only this engine is open (each earlier one was closed).
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("ruff-")) {
                    threads.add(t);
                }
            }
            long start = System.nanoTime();
            switch (how) {
                case "engine.close()" -> engine.close();
                case "Thread.interrupt()" -> hostThread.get().interrupt();
                default -> run.cancel(true);
            }
            while (threads.stream().anyMatch(t -> t.isAlive() && t.getState() == Thread.State.RUNNABLE)) {
                // not a spin: on two cores a spinning observer would take the CPU the stopping threads need
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            engine.close();
            host.shutdownNow();
            host.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
