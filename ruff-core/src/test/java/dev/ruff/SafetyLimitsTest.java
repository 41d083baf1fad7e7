package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffLimitExceeded.Limit;
import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security suite for run limits (README "Threat model"): each attack a hostile or buggy script can
 * make on its host, with the refusal the host must see, on both backends (the build runs it once more
 * with every function compiled, so compiled code is covered too).
 */
class SafetyLimitsTest {
    /** Generous: a stuck run would never finish; these bounds only keep a broken build from hanging. */
    private static final long STOP_BOUND_MILLIS = 5_000;

    private static RuffEngine.Builder engine(BackendType backend) {
        return RuffEngine.builder().backend(backend).out(new StringWriter()).err(new StringWriter());
    }

    private static RuffLimitExceeded limitOf(RuffEngine engine, String source) {
        return assertThrows(RuffLimitExceeded.class, () -> engine.compile(source, "attack.ruff").run());
    }

    // ------------------------------------------------------------------ time

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void infiniteLoopStopsAtTheDeadline(BackendType backend) {
        try (RuffEngine engine = engine(backend).timeout(Duration.ofMillis(200)).build()) {
            long start = System.nanoTime();
            RuffLimitExceeded e = limitOf(engine, "while true {}");
            assertEquals(Limit.TIMEOUT, e.limit());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(millisSince(start) < STOP_BOUND_MILLIS);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void loopFreeRecursionStopsAtTheDeadline(BackendType backend) {
        String fib = """
                func fib(n) { if n < 2 { return n } return fib(n - 1) + fib(n - 2) }
                fib(60)
                """;
        try (RuffEngine engine = engine(backend).timeout(Duration.ofMillis(200)).build()) {
            assertEquals(Limit.TIMEOUT, limitOf(engine, fib).limit());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void scriptCannotCatchALimit(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(backend).out(out).timeout(Duration.ofMillis(200)).build()) {
            limitOf(engine, """
                    func spin() { loop {} }
                    try { spin() } except e { print("caught " + e.message) }
                    print("after")
                    """);
        }
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void stepBudgetStopsLoopsAndCalls(BackendType backend) {
        try (RuffEngine engine = engine(backend).maxSteps(100_000).build()) {
            assertEquals(Limit.STEPS, limitOf(engine, "i := 0\nwhile true { i = i + 1 }").limit());
            assertEquals(Limit.STEPS, limitOf(engine, "func f(n) { if n == 0 { return 0 } return f(n - 1) + f(n - 1) }\n"
                    + "f(30)").limit());
            // a run well inside the budget is untouched
            assertEquals(4950L, engine.compile("t := 0\nfor i in range(0, 100) { t = t + i }\nreturn t", "ok.ruff").run());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void deadlineStopsAsyncTasksAndSpawnBlocks(BackendType backend) throws Exception {
        String source = """
                async func spin() { while true {} }
                spawn { while true {} }
                await spin()
                """;
        try (RuffEngine engine = engine(backend).timeout(Duration.ofMillis(300)).build()) {
            assertEquals(Limit.TIMEOUT, limitOf(engine, source).limit());
            // the spawn block shares the run's deadline: it stops without close()
            awaitNoBusyThreads(engine);
        }
    }

    // ------------------------------------------------------------------ the host stops a run

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void hostFutureCancelStopsTheScriptThread(BackendType backend) throws Exception {
        ExecutorService host = Executors.newSingleThreadExecutor();
        try (RuffEngine engine = engine(backend).build()) {
            RuffScript script = engine.compile("while true {}", "spin.ruff");
            Future<Object> run = host.submit(() -> script.run());
            awaitBusyThread(engine);
            long start = System.nanoTime();
            run.cancel(true);
            awaitNoBusyThreads(engine);
            System.out.println("[safety] " + backend + " stop latency after Future.cancel: " + millisSince(start) + " ms");
        } finally {
            host.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void interruptedHostThreadGetsALimitError(BackendType backend) throws Exception {
        try (RuffEngine engine = engine(backend).build()) {
            RuffScript script = engine.compile("while true {}", "spin.ruff");
            Thread caller = Thread.currentThread();
            Thread interrupter = new Thread(() -> {
                awaitBusyThreadQuietly(engine);
                caller.interrupt();
            });
            interrupter.start();
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, script::run);
            assertEquals(Limit.INTERRUPTED, e.limit());
            assertTrue(Thread.interrupted(), "the host thread keeps its interrupt status");
            interrupter.join();
            awaitNoBusyThreads(engine);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closeStopsMainScriptTasksAndSpawnBlocks(BackendType backend) throws Exception {
        ExecutorService host = Executors.newSingleThreadExecutor();
        RuffEngine engine = engine(backend).build();
        String source = """
                async func spin() { while true {} }
                spawn { while true {} }
                p := spin()
                while true {}
                """;
        Future<Object> run = host.submit(() -> engine.compile(source, "spin.ruff").run());
        try {
            awaitBusyThreads(engine, 3);
            long start = System.nanoTime();
            engine.close();
            List<Thread> left = engineThreads(engine).stream().filter(Thread::isAlive).toList();
            assertEquals(List.of(), left, "close() leaves no thread of the engine running");
            System.out.println("[safety] " + backend + " close() stopped 3 spinning threads in " + millisSince(start) + " ms");
            RuffRuntimeError e = (RuffRuntimeError) assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> run.get(STOP_BOUND_MILLIS, TimeUnit.MILLISECONDS)).getCause();
            assertTrue(e instanceof RuffLimitExceeded l && l.limit() == Limit.INTERRUPTED, e.getMessage());
        } finally {
            host.shutdownNow();
        }
    }

    /**
     * Stop latency (issue: within 100 ms): {@code while true {}} in the main script, an async task and a spawn
     * block, stopped by {@code Future.cancel(true)}, an interrupt of the waiting host thread and
     * {@code engine.close()}; milliseconds from the request until no thread of the engine runs Ruff code.
     * The median over all stops must be within 100 ms. Each single stop only has to be within 2 s: on a loaded
     * two-core machine a stopped thread can wait that long for a CPU, which no engine design can prevent, while a
     * stop that waits for a poll interval or a missed wake-up would show in the median and, for a lost stop,
     * in the bound.
     */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void hostStopsSpinningCodeWithin100Milliseconds(BackendType backend) throws Exception {
        String[] scripts = {
            "while true {}",
            "async func spin() { while true {} }\np := spin()\nwhile true {}",
            "spawn { while true {} }\nwhile true {}",
        };
        List<Double> all = new java.util.ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int s = 0; s < scripts.length; s++) {
            for (String how : List.of("cancel", "interrupt", "close")) {
                double[] millis = new double[5];
                for (int i = 0; i < millis.length; i++) {
                    millis[i] = stopOnce(backend, scripts[s], s == 0 ? 1 : 2, how);
                    all.add(millis[i]);
                }
                java.util.Arrays.sort(millis);
                report.append(String.format(" %s/%s median %.1f max %.1f;", new String[] {"main", "async", "spawn"}[s],
                        how, millis[millis.length / 2], millis[millis.length - 1]));
            }
        }
        java.util.Collections.sort(all);
        double median = all.get(all.size() / 2);
        System.out.println("[safety] " + backend + " stop latency ms:" + report + " overall median " + median
                + " max " + all.get(all.size() - 1));
        assertTrue(median <= 100, "median stop latency " + median + " ms: " + report);
        assertTrue(all.get(all.size() - 1) <= 2_000, "slowest stop " + all.get(all.size() - 1) + " ms: " + report);
    }

    /** One stop; returns the milliseconds from the request until no engine thread is running. */
    private static double stopOnce(BackendType backend, String source, int spinning, String how) throws Exception {
        ExecutorService host = Executors.newSingleThreadExecutor();
        RuffEngine engine = engine(backend).build();
        try {
            RuffScript script = engine.compile(source, "spin.ruff");
            java.util.concurrent.atomic.AtomicReference<Thread> hostThread = new java.util.concurrent.atomic.AtomicReference<>();
            Future<Object> run = host.submit(() -> {
                hostThread.set(Thread.currentThread());
                return script.run();
            });
            awaitBusyThreads(engine, spinning);
            while (hostThread.get() == null) {
                Thread.onSpinWait();
            }
            List<Thread> threads = engineThreads(engine); // enumerated before: polling states is cheap
            long start = System.nanoTime();
            switch (how) {
                case "cancel" -> run.cancel(true);
                case "interrupt" -> hostThread.get().interrupt();
                default -> engine.close();
            }
            long end = start + TimeUnit.MILLISECONDS.toNanos(STOP_BOUND_MILLIS);
            while (threads.stream().anyMatch(t -> t.isAlive() && t.getState() == Thread.State.RUNNABLE)) {
                if (System.nanoTime() > end) {
                    fail("script threads still running: " + threads);
                }
                // not a spin: on two cores a spinning observer would take the CPU the stopping threads need
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            awaitNoBusyThreads(engine);
            if (!how.equals("cancel")) {
                Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> run.get(STOP_BOUND_MILLIS, TimeUnit.MILLISECONDS)).getCause();
                assertTrue(cause instanceof RuffLimitExceeded l && l.limit() == Limit.INTERRUPTED, String.valueOf(cause));
            }
            return millis;
        } finally {
            engine.close();
            host.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ memory

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void stringDoublingHitsTheStringLimit(BackendType backend) {
        try (RuffEngine engine = engine(backend).maxStringLength(1_000_000).build()) {
            RuffLimitExceeded e = limitOf(engine, "s := \"ab\"\nwhile true { s = s + s }");
            assertEquals(Limit.STRING_LENGTH, e.limit());
            // accumulation in place (s := s + piece) is checked too
            assertEquals(Limit.STRING_LENGTH, limitOf(engine, "s := \"\"\nwhile true { s = s + \"0123456789\" }").limit());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void hugeRangeIsRefusedBeforeAllocating(BackendType backend) {
        try (RuffEngine engine = engine(backend).build()) {
            RuffLimitExceeded e = limitOf(engine, "x := range(0, 2000000000)");
            assertEquals(Limit.COLLECTION_SIZE, e.limit());
            assertTrue(e.getMessage().contains("2000000000"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void growingDictAndArrayHitTheCollectionLimit(BackendType backend) {
        try (RuffEngine engine = engine(backend).maxCollectionSize(10_000).build()) {
            assertEquals(Limit.COLLECTION_SIZE, limitOf(engine,
                    "d := {}\ni := 0\nwhile true { d[to_string(i)] = i\n i = i + 1 }").limit());
            assertEquals(Limit.COLLECTION_SIZE, limitOf(engine,
                    "d := {}\ni := 0\nwhile true { d[i] = i\n i = i + 1 }").limit());
            assertEquals(Limit.COLLECTION_SIZE, limitOf(engine, "x := range(0, 10001)").limit());
            assertEquals(10_000L, engine.compile("return len(range(0, 10000))", "ok.ruff").run());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void endlessPrintingHitsTheOutputLimit(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(backend).out(out).maxOutputChars(10_000).build()) {
            assertEquals(Limit.OUTPUT_SIZE, limitOf(engine, "while true { print(\"spam\") }").limit());
        }
        assertTrue(out.toString().length() <= 10_000, "at most the limit reaches the writer");
    }

    // ------------------------------------------------------------------ depth and size of programs

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void deepRecursionIsAnUncatchableDepthError(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(backend).out(out).maxCallDepth(500).build()) {
            RuffLimitExceeded e = limitOf(engine,
                    "func down(n) { return down(n + 1) }\ntry { down(0) } except e { print(\"caught\") }");
            assertEquals(Limit.CALL_DEPTH, e.limit());
        }
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void oversizedSourceFileIsRefusedUnread(BackendType backend) throws Exception {
        java.nio.file.Path big = java.nio.file.Files.createTempFile("big", ".ruff");
        try (RuffEngine engine = engine(backend).maxSourceBytes(1_000).build()) {
            java.nio.file.Files.writeString(big, "x := 1\n".repeat(1_000));
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, () -> engine.compile(big));
            assertEquals(Limit.SOURCE_SIZE, e.limit());
        } finally {
            java.nio.file.Files.deleteIfExists(big);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void longFlatChainsCompileAndRun(BackendType backend) {
        int n = 5_000;
        try (RuffEngine engine = engine(backend).build()) {
            assertEquals((long) n, engine.compile("return " + "1 + ".repeat(n - 1) + "1", "sum.ruff").run());
            assertEquals(1L, engine.compile("return " + "1 ?? ".repeat(n - 1) + "1", "coalesce.ruff").run());
            assertEquals(7L, engine.compile("func id(v) { return v }\nreturn 7" + " |> id".repeat(n), "pipe.ruff").run());
            assertEquals(1L, engine.compile("func f() { return f }\nf" + "()".repeat(n) + "\nreturn 1", "calls.ruff").run());
            StringBuilder elif = new StringBuilder("x := 2999\nif x == 0 { return 0 }");
            for (int i = 1; i < 3_000; i++) {
                elif.append(" else if x == ").append(i).append(" { return ").append(i).append(" }");
            }
            assertEquals(2999L, engine.compile(elif.toString(), "elif.ruff").run());
        }
    }

    // ------------------------------------------------------------------ threads of open engines

    /**
     * Many open engines must not keep a (large-stack) thread each: script threads are shared by engines, and idle
     * ones end.
     */
    @org.junit.jupiter.api.Test
    void idleScriptThreadsEnd() throws Exception {
        try (RuffEngine engine = engine(BackendType.VM).build(); RuffEngine other = engine(BackendType.VM).build()) {
            assertEquals(3L, engine.compile("return 1 + 2", "small.ruff").run());
            assertEquals(3L, other.compile("return 1 + 2", "small.ruff").run());
            assertTrue(idleScriptThreads().stream().anyMatch(Thread::isAlive), "the runs used a script thread");
            assertTrue(engineThreads(engine).isEmpty(), "an idle thread carries no engine's name");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (idleScriptThreads().stream().anyMatch(Thread::isAlive)) {
                if (System.nanoTime() > end) {
                    fail("idle threads still alive: " + idleScriptThreads());
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Script threads are shared: closing an engine interrupts only the threads running its runs, and the thread it
     * interrupted serves other engines' runs afterwards without a stale interrupt.
     */
    @org.junit.jupiter.api.Test
    void closingAnEngineStopsOnlyItsOwnRuns() throws Exception {
        java.util.concurrent.ExecutorService host = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (RuffEngine survivor = engine(BackendType.VM).build()) {
            RuffEngine closed = engine(BackendType.VM).build();
            java.util.concurrent.Future<Object> doomed = host.submit(() -> closed.compile("while true {}", "spin.ruff").run());
            awaitBusyThread(closed);
            java.util.concurrent.Future<Object> kept = host.submit(() -> survivor.compile(
                    "mut i := 0\nwhile i < 5000000 { i := i + 1 }\nreturn i", "count.ruff").run());
            closed.close();
            java.util.concurrent.ExecutionException stopped =
                    assertThrows(java.util.concurrent.ExecutionException.class, doomed::get);
            assertEquals(Limit.INTERRUPTED, ((RuffLimitExceeded) stopped.getCause()).limit());
            assertTrue(engineThreads(closed).isEmpty(), "no thread carries the closed engine's name");
            assertEquals(5_000_000L, kept.get());
            for (int i = 0; i < 50; i++) {
                assertEquals(3L, survivor.compile("mut n := 0\nwhile n < 3 { n := n + 1 }\nreturn n", "small.ruff").run());
            }
        } finally {
            host.shutdownNow();
        }
    }

    /** Shared script threads between tasks (while one runs an engine's task it carries the engine's name). */
    private static List<Thread> idleScriptThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("ruff-script-")).toList();
    }

    /**
     * Finding 11: open engines must not reserve a huge stack each. Twenty open engines that each ran a script keep
     * their (idle) script threads for a few seconds; the address space they add must stay well below the 1 GiB per
     * thread a fixed stack reserved (20 GiB here). Linux only: reads the process's virtual size.
     */
    @org.junit.jupiter.api.Test
    void openEnginesReserveStacksSizedToTheDepthLimit() throws Exception {
        java.nio.file.Path status = java.nio.file.Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(status));
        List<RuffEngine> engines = new java.util.ArrayList<>();
        try {
            long before = virtualKib(status);
            for (int i = 0; i < 20; i++) {
                RuffEngine engine = engine(BackendType.VM).build();
                engines.add(engine);
                assertEquals(3L, engine.compile("return 1 + 2", "small.ruff").run());
            }
            long grownMib = (virtualKib(status) - before) / 1024;
            System.out.println("[safety] 20 open engines added " + grownMib + " MiB of address space");
            assertTrue(grownMib < 20 * 512, grownMib + " MiB for 20 engines");
        } finally {
            engines.forEach(RuffEngine::close);
        }
    }

    private static long virtualKib(java.nio.file.Path status) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(status)) {
            if (line.startsWith("VmSize:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmSize in " + status);
    }

    // ------------------------------------------------------------------ helpers

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static List<Thread> engineThreads(RuffEngine engine) {
        String prefix = dev.ruff.exec.EngineInternals.async(engine).threadPrefix();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    /** Threads of the engine running Ruff code (not parked in a pool waiting for work). */
    private static long busyThreads(RuffEngine engine) {
        return engineThreads(engine).stream().filter(t -> t.isAlive() && t.getState() == Thread.State.RUNNABLE).count();
    }

    private static void awaitBusyThread(RuffEngine engine) throws InterruptedException {
        awaitBusyThreads(engine, 1);
    }

    private static void awaitBusyThreadQuietly(RuffEngine engine) {
        try {
            awaitBusyThread(engine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitBusyThreads(RuffEngine engine, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_BOUND_MILLIS);
        while (busyThreads(engine) < count) {
            if (System.nanoTime() > end) {
                fail("expected " + count + " busy script threads, saw " + busyThreads(engine));
            }
            Thread.sleep(5);
        }
    }

    private static void awaitNoBusyThreads(RuffEngine engine) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_BOUND_MILLIS);
        while (busyThreads(engine) > 0) {
            if (System.nanoTime() > end) {
                fail("script threads still running: " + engineThreads(engine));
            }
            Thread.sleep(1);
        }
        assertFalse(busyThreads(engine) > 0);
    }
}
