package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.async.RuffPromise;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The VM's non-blocking await: an async body waiting for a pending promise leaves its thread, so a
 * tiny executor runs thousands of concurrently waiting tasks without extra threads. Timings are not
 * asserted here (see benchmarks/async/RESULTS.md); completion is bounded and threads are counted.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VmSuspensionTest {
    private static final long BOUND_SECONDS = 5;

    @Test
    void tenThousandAsyncFunctionsSleepingAtOnceFinishOnTwoThreads() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).executor(two)
                .out(new StringWriter()).build()) {
            RuffPromise all = (RuffPromise) dev.ruff.exec.EngineInternals.runUnconverted(engine.compile("""
                    async func nap(i) { await async_sleep(100)  return i }
                    mut started := []
                    for i in range(10000) { started := push(started, nap(i)) }
                    return promise_all(started)
                    """, "naps.ruff"));
            long during = dev.ruff.exec.EngineInternals.async(engine).liveThreads();
            Object values = all.future().get(BOUND_SECONDS, TimeUnit.SECONDS);
            assertEquals(10000, ((dev.ruff.runtime.RuffArray) values).size());
            assertEquals(9999L, ((dev.ruff.runtime.RuffArray) values).get(9999));
            // Only the timer is an engine thread: a blocking await would have started spare threads.
            assertTrue(during <= 2, "engine threads while 10,000 tasks were suspended: " + during);
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aHundredThousandSuspendedTasksUseAtMostEightEngineThreads() throws Exception {
        try (AsyncScripts s = new AsyncScripts(BackendType.VM)) {
            RuffPromise all = s.promise("""
                    async func nap(i) { await async_sleep(1000 + i % 100)  return 1 }
                    return promise_all(map(range(100000), nap))
                    """);
            long during = dev.ruff.exec.EngineInternals.async(s.engine).liveThreads();
            assertFalse(all.isSettled(), "sleeps finished before the thread count was taken");
            all.future().get(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(during <= 8, "engine threads while 100,000 tasks were suspended: " + during);
        }
    }

    @Test
    void plainFunctionsAndNativeCallbacksThatAwaitInsideTasksOnOneThread() throws Exception {
        ExecutorService one = Executors.newFixedThreadPool(1);
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).executor(one).out(out).build()) {
            engine.eval("""
                    func helper(ms) { await async_sleep(ms)  return ms }
                    async func via_plain(i) { return helper(5) + i }
                    async func via_native(xs) { return map(xs, func(x) { return (await async_sleep(1)) == null }) }
                    async func nested(n) { if n == 0 { return 0 }  return (await nested(n - 1)) + helper(1) }
                    ps := map(range(50), via_plain)
                    print(len(await promise_all(ps)), await via_native([1, 2, 3]), await nested(20), helper(2))
                    """);
        } finally {
            one.shutdownNow();
        }
        assertEquals("50 [true, true, true] 20 2\n", out.toString());
    }

    @Test
    void awaitsInsideLoopsAndTryBlocksResumeWhereTheyStopped() throws Exception {
        try (AsyncScripts s = new AsyncScripts(BackendType.VM)) {
            assertEquals("15\ncaught: Promise rejected: Timeout after 1ms\nafter 3\n", s.output("""
                    async func total(n) { mut sum := 0
                      for i in range(n + 1) { await async_sleep(1)  sum := sum + i }
                      return sum }
                    print(await total(5))
                    async func guarded() { mut steps := 0
                      try { steps := steps + 1  await async_sleep(1)  steps := steps + 1
                        await async_timeout(async_sleep(60000), 1)  steps := 99 }
                      except e { print("caught: " + e.message) }
                      return steps + 1 }
                    print("after", await guarded())
                    """));
        }
    }

    @Test
    void spawnBlocksMayAwaitWithoutHoldingAThread() throws Exception {
        ExecutorService one = Executors.newFixedThreadPool(1);
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).executor(one).out(out).build()) {
            engine.eval("""
                    shared_set("done", 0)
                    for i in range(20) { spawn { await async_sleep(20)  shared_add_int("done", 1) } }
                    while shared_get("done") < 20 { await async_sleep(1) }
                    print(shared_get("done"))
                    """);
        } finally {
            one.shutdownNow();
        }
        assertEquals("20\n", out.toString());
    }
}
