package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffLimitExceeded.Limit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.vm.jit.Deoptimization;
import dev.ruff.vm.jit.JitCompiler;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The body of an async function runs compiled between its suspension points: its task's root frame moves into
 * compiled code at a hot loop head (on-stack replacement), takes awaited values that are ready there, and
 * leaves for the task's dispatch loop at an await whose promise is pending, which suspends the task as before;
 * after resuming, the next hot loop head moves it back. Every test compares with the compile tier off, at
 * threshold 100 and at 0, and with the tree-walking interpreter; {@code compiled_frames()} ({@link JitProbe})
 * shows whether compiled code was on the stack, {@code later(ms, v)} gives a promise that is still pending
 * when it is awaited at once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CompiledAsyncBodyTest {

    /** Output, then the error's message, position and Ruff stack ({@link DifferentialEngine}). */
    private static String vm(int threshold, String source) {
        try (DifferentialEngine e = new DifferentialEngine(
                RuffEngine.builder().compileThreshold(threshold).module(new JitProbe()))) {
            return e.run(source);
        }
    }

    private static String interpreter(String source) {
        try (DifferentialEngine e = new DifferentialEngine(
                RuffEngine.builder().backend(BackendType.INTERPRETER).module(new JitProbe()))) {
            return e.run(source);
        }
    }

    /** Same output on the interpreter and with the tier off (no compiled frames), and at 100 and 0 (compiled). */
    private static void agrees(String expectedOff, String expectedCompiled, String source) {
        long failures = JitCompiler.failures();
        assertEquals(expectedOff, vm(-1, source), "compile tier off");
        assertEquals(expectedOff, interpreter(source), "interpreter");
        assertEquals(expectedCompiled, vm(100, source), "threshold 100");
        assertEquals(expectedCompiled, vm(0, source), "threshold 0");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    @Test
    void aHotLoopBetweenAwaitsInAnAsyncBodyRunsCompiled() {
        long replacements = JitCompiler.onStackReplacements();
        String source = """
                async func half(x) { return x / 2 }
                async func work(n) {
                    a := await half(n)
                    mut total := 0
                    mut seen := false
                    mut i := 0
                    while i < n {
                        total := total + i % 7
                        if i == n - 1 { seen := compiled_frames() > 0 }
                        i := i + 1
                    }
                    b := await later(1, total)
                    mut again := false
                    for j in range(n) {
                        total := total + j
                        if j == n - 1 { again := compiled_frames() > 0 }
                    }
                    return [a, b, total, seen, again]
                }
                print(await work(1000))
                """;
        agrees("[500, 2997, 502497, false, false]\n", "[500, 2997, 502497, true, true]\n", source);
        // At least once per compiled run (twice when the later promise is still pending after the first loop).
        assertTrue(JitCompiler.onStackReplacements() >= replacements + 2, "the loops moved into compiled code");
    }

    @Test
    void settledAndPendingAwaitsInsideACompiledLoopKeepTheirOrder() {
        long exits = Deoptimization.awaitExits();
        String source = """
                async func echo(x) { return x }
                async func work(n) {
                    ready := echo(5)
                    await ready
                    mut total := 0
                    mut order := 0
                    mut inside := 0
                    for i in range(n) {
                        if compiled_frames() > 0 { inside := inside + 1 }
                        total := total + await ready
                        total := total + await i
                        if i % 10 == 0 {
                            order := (order * 31 + await later(1, i)) % 1000003
                            order := (order * 31 + await echo(i + 1)) % 1000003
                        }
                    }
                    return [total, order, inside > n / 4]
                }
                a := work(300)
                b := work(200)
                print(await a, await b)
                """;
        agrees("[46350, 627739, false] [20900, 207475, false]\n", "[46350, 627739, true] [20900, 207475, true]\n",
                source);
        assertTrue(Deoptimization.awaitExits() > exits, "a pending await left compiled code");
    }

    @Test
    void errorsAcrossAwaitsAreCaughtInACompiledLoopAndKeepTheirPositionAndRuffStack() {
        String source = """
                async func check(i) {
                    await later(1, 0)
                    if i % 3 == 0 { throw("bad") }
                    return i
                }
                async func work(n) {
                    mut ok := 0
                    mut caught := 0
                    mut inside := 0
                    mut i := 0
                    while i < n {
                        if compiled_frames() > 0 { inside := inside + 1 }
                        try {
                            ok := ok + await check(i)
                            early := check(i + 1)
                            await later(2, 0)
                            ok := ok + await early
                        } except e {
                            before := e.message
                            ok := ok + await later(1, 1000)
                            caught := caught + 1
                            if before != "bad" || e.message != "bad" { return "wrong error: " + e.message }
                        }
                        i := i + 1
                    }
                    return [ok, caught, inside > 0]
                }
                async func fails(n) {
                    mut i := 0
                    while i < n { i := i + 1 }
                    await later(1, 0)
                    mut j := 0
                    while j < n {
                        if j == n - 1 { x := await check(0) }
                        j := j + 1
                    }
                }
                func inner(i) { if i == 400 { throw("deep") }
                    return i }
                func outer(i) { return inner(i) }
                async func traced(n) {
                    await later(1, 0)
                    mut seen := false
                    mut j := 0
                    while j < n {
                        if j == 399 { seen := compiled_frames() > 0 }
                        try { outer(j) } except e {
                            await later(1, 0)
                            return [e.message, e.stack, seen]
                        }
                        j := j + 1
                    }
                }
                print(await work(150))
                print(await traced(500))
                await fails(500)
                """;
        agrees("[111275, 100, false]\n[deep, [traced, outer, inner], false]\n!! bad @ gen.ruff:56:1 stack ",
                "[111275, 100, true]\n[deep, [traced, outer, inner], true]\n!! bad @ gen.ruff:56:1 stack ", source);
    }

    @Test
    void nestedTryBlocksAroundPendingAwaitsCatchAtTheRightLevelAfterResuming() {
        String source = """
                async func boom(x) {
                    await later(1, 0)
                    throw(x)
                }
                async func nested(n) {
                    mut log := 0
                    mut inside := 0
                    for i in range(n) {
                        if compiled_frames() > 0 { inside := inside + 1 }
                        try {
                            try {
                                await boom("inner")
                                log := log + 1000
                            } except e {
                                if e.message == "inner" { log := log + 1 }
                                await boom("outer")
                                log := log + 1000
                            }
                        } except e2 {
                            if e2.message == "outer" { log := log + 10 }
                        }
                    }
                    return [log, inside > 0]
                }
                print(await nested(150))
                """;
        agrees("[1650, false]\n", "[1650, true]\n", source);
    }

    @Test
    void aFailedGuessInACompiledAsyncBodyHandsTheFrameBackToItsTaskWhichCanStillSuspend() {
        long deoptimizations = Deoptimization.count();
        String source = """
                func* nums(n) { mut i := 0
                    while i < n { yield i
                        i := i + 1 }
                    yield 0.5 }
                async func mixed(n) {
                    await later(1, 0)
                    mut total := 0
                    for x in nums(n) {
                        total := total + x
                        if x == 0.5 { total := total + await later(1, 1) }
                    }
                    return total
                }
                a := mixed(3000)
                b := mixed(20)
                print(await a, await b)
                """;
        String expected = "4498501.5 191.5\n";
        agrees(expected, expected, source);
        assertTrue(Deoptimization.count() > deoptimizations, "the guess that items are ints failed");
    }

    @Test
    void manyConcurrentTasksEachLoopCompiledBetweenAwaits() {
        String source = """
                async func work(k) {
                    mut total := 0
                    mut inside := false
                    for i in range(3000) {
                        total := total + (i * k) % 7
                        if i == 2999 { inside := compiled_frames() > 0 }
                        if i % 1000 == 0 { total := total + await later(1, k) }
                    }
                    return [total, inside]
                }
                async func fan(k) {
                    if k == 0 { return [0, true] }
                    p := work(k);
                    [rest, others] := await fan(k - 1);
                    [t, c] := await p
                    every := others && c
                    return [rest + t, every]
                }
                print(await fan(60))
                """;
        agrees("[473409, false]\n", "[473409, true]\n", source);
    }

    @Test
    void aDeadlineStopsAnAsyncBodyLoopingInCompiledCode() {
        long replacements = JitCompiler.onStackReplacements();
        String source = """
                async func spin() {
                    await later(1, 0)
                    mut i := 0
                    while true { i := i + 1 }
                }
                await spin()
                """;
        for (int threshold : new int[] {0, 100}) {
            try (RuffEngine engine = RuffEngine.builder().compileThreshold(threshold).module(new JitProbe())
                    .out(new StringWriter()).err(new StringWriter()).timeout(Duration.ofMillis(300)).build()) {
                RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class,
                        () -> engine.compile(source, "spin.ruff").run());
                assertEquals(Limit.TIMEOUT, e.limit());
            }
        }
        assertTrue(JitCompiler.onStackReplacements() >= replacements + 2, "the spinning loop ran compiled");
    }

    @Test
    void closingTheEngineStopsAnAsyncBodyLoopingInCompiledCode() throws Exception {
        long replacements = JitCompiler.onStackReplacements();
        ExecutorService host = Executors.newSingleThreadExecutor();
        RuffEngine engine = RuffEngine.builder().compileThreshold(0).module(new JitProbe())
                .out(new StringWriter()).err(new StringWriter()).build();
        String source = """
                async func spin() {
                    await later(1, 0)
                    mut i := 0
                    while true { i := i + 1 }
                }
                await spin()
                """;
        try {
            Future<Object> run = host.submit(() -> engine.compile(source, "spin.ruff").run());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (JitCompiler.onStackReplacements() == replacements && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(JitCompiler.onStackReplacements() > replacements, "the spinning loop ran compiled");
            engine.close();
            RuffRuntimeError e = (RuffRuntimeError) assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> run.get(10, TimeUnit.SECONDS)).getCause();
            assertTrue(e instanceof RuffLimitExceeded l && l.limit() == Limit.INTERRUPTED, e.getMessage());
        } finally {
            engine.close();
            host.shutdownNow();
        }
    }
}
