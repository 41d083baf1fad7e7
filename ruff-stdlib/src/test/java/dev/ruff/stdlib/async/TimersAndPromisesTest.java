package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.async.RuffPromise;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** async_sleep, async_timeout, Promise.all / promise_all / await_all and Promise.race / promise_race. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimersAndPromisesTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void sleepsAndAggregatesWorkOnBothBackendsThroughTheHost(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals(List.of(), s.settle("return promise_all([])"));
            assertEquals(java.util.Arrays.asList(null, null, null),
                    s.settle("return Promise.all([async_sleep(30), async_sleep(10), async_sleep(20)])"));
            assertEquals("promise promise\n", s.output("print(type(async_sleep(1)), type(Promise.race([async_sleep(1)])))"));
            assertEquals(java.util.Arrays.asList(null, null), s.settle("return await_all([async_sleep(1), async_sleep(2)], 1)"));
            assertEquals(null, s.settle("return promise_race([async_sleep(5000), async_sleep(5)])"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void argumentErrorsRaiseAtTheCall(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("async_sleep() expects 1 argument (milliseconds), got 0", s.error("async_sleep()"));
            assertEquals("async_sleep() requires non-negative milliseconds, got -5", s.error("async_sleep(-5)"));
            assertEquals("async_sleep() requires an integer milliseconds argument", s.error("async_sleep(1.5)"));
            assertEquals("async_timeout() expects 2 arguments (promise, timeout_ms), got 1",
                    s.error("async_timeout(async_sleep(1))"));
            assertEquals("async_timeout() requires positive timeout_ms, got 0", s.error("async_timeout(1, 0)"));
            assertEquals("async_timeout() requires an integer timeout_ms argument", s.error("async_timeout(1, \"x\")"));
            assertEquals("async_timeout() requires a Promise as first argument", s.error("async_timeout(1, 5)"));
            assertEquals("Promise.all expects 1 to 2 arguments, got 0", s.error("promise_all()"));
            assertEquals("Promise.all expects 1 to 2 arguments, got 3", s.error("Promise.all([], 1, 2)"));
            assertEquals("Promise.all() requires an array of promises", s.error("await_all(5)"));
            assertEquals("Promise.all() array element 1 is not a Promise", s.error("promise_all([async_sleep(1), 2])"));
            assertEquals("Promise.all() concurrency_limit must be > 0, got 0", s.error("promise_all([], 0)"));
            assertEquals("Promise.all() optional concurrency_limit must be an integer", s.error("promise_all([], \"2\")"));
            assertEquals("Promise.race() array element 0 is not a Promise", s.error("Promise.race([1])"));
            assertEquals("promise_race() requires a non-empty array of promises", s.error("promise_race([])"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void timeoutRejectsWithItsTextAndCancelsTheInnerOperation(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("Timeout after 20ms", s.rejection("return async_timeout(async_sleep(60000), 20)"));
            RuffPromise inner = s.promise("inner := async_sleep(60000)\nasync_timeout(inner, 10)\nreturn inner");
            inner.stopped().get(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(inner.future().isCancelled());
            assertEquals(java.util.Arrays.asList((Object) null), s.settle("return promise_all([async_timeout(async_sleep(5), 5000)])"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void firstFailureRejectsTheAggregateAndCancelsPendingElements(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            RuffPromise slow = s.promise("""
                    slow := async_sleep(60000)
                    all := promise_all([slow, async_timeout(async_sleep(60000), 10)])
                    return slow
                    """);
            slow.stopped().get(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(slow.future().isCancelled());
            assertEquals("Promise 1 rejected: Timeout after 10ms",
                    s.rejection("return promise_all([async_sleep(60000), async_timeout(async_sleep(60000), 10)])"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void awaitInScriptsRaisesCatchableErrors(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("""
                    null
                    caught: Promise rejected: Timeout after 10ms
                    [1, 2, 3]
                    caught: Promise rejected: Promise 1 rejected: bad 2
                    fast
                    caught: early
                    """, s.output("""
                    print(await async_sleep(0))
                    try { await async_timeout(async_sleep(60000), 10) } except e { print("caught: " + e.message) }
                    async func value(x, ms) { await async_sleep(ms)  return x }
                    async func fail(msg, ms) { await async_sleep(ms)  throw(msg) }
                    print(await Promise.all([value(1, 30), value(2, 1), value(3, 10)]))
                    try { await promise_all([value(1, 5), fail("bad 2", 10), value(3, 60000)]) }
                    except e { print("caught: " + e.message) }
                    print(await Promise.race([value("slow", 60000), value("fast", 5)]))
                    try { await Promise.race([fail("early", 1), value("late", 60000)]) }
                    except e { print("caught: " + e.message) }
                    """));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void raceRejectsWithTheElementsOwnError(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("early\n", s.output("""
                    async func fail(msg) { throw(msg) }
                    try { await Promise.race([fail("early"), async_sleep(60000)]) } except e { print(e.message) }
                    """));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void threeSleepsInPromiseAllOverlap(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            // bounded wait only; the timing itself is measured in benchmarks/async
            assertEquals("[null, null, null]\n",
                    s.output("print(await Promise.all([async_sleep(100), async_sleep(100), async_sleep(100)]))"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aHundredThousandConcurrentSleepsUseAHandfulOfEngineThreads(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            RuffPromise all = s.promise("""
                    return promise_all(map(range(100000), func(i) { return async_sleep(1000 + i % 100) }))
                    """);
            long during = dev.ruff.exec.EngineInternals.async(s.engine).liveThreads();
            assertFalse(all.isSettled(), "sleeps finished before the thread count was taken");
            all.future().get(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(during <= 2, "engine async threads while 100,000 sleeps were pending: " + during);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void debugShowsThePromiseState(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("""
                    [DEBUG] Promise(Pending)
                    [DEBUG] Promise(Resolved: Int(42))
                    [DEBUG] Promise(Rejected: Timeout after 1ms)
                    true
                    """, s.output("""
                    async func answer() { await async_sleep(30)  return 42 }
                    p := answer()
                    debug(p)
                    await p
                    debug(p)
                    t := async_timeout(async_sleep(60000), 1)
                    try { await t } except e { }
                    debug(t)
                    print(is_truthy(p))
                    """));
        }
    }
}
