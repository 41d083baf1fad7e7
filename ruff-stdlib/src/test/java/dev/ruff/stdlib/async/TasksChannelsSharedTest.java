package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** spawn_task / await_task / cancel_task, the task pool size, channels, spawn blocks and the shared store. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TasksChannelsSharedTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void tasksRunForRealAndHandlesAreConsumedOnce(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("""
                    taskhandle
                    99 42
                    caught: Promise rejected: Task handle already consumed
                    false
                    """, s.output("""
                    async func slow() { await async_sleep(5)  return 42 }
                    t := spawn_task(func() { return 99 })
                    u := spawn_task(slow)
                    print(type(t))
                    print(await await_task(t), await await_task(u))
                    try { await await_task(t) } except e { print("caught: " + e.message) }
                    print(cancel_task(t))
                    """));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void taskArgumentErrors(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("spawn_task() expects 1 argument (async function), got 0", s.error("spawn_task()"));
            assertEquals("spawn_task() requires an async function argument", s.error("spawn_task(5)"));
            assertEquals("await_task() expects 1 argument (task handle), got 2", s.error("await_task(1, 2)"));
            assertEquals("await_task() requires a TaskHandle argument", s.error("await_task(5)"));
            assertEquals("cancel_task() expects 1 argument (task handle), got 0", s.error("cancel_task()"));
            assertEquals("cancel_task() requires a TaskHandle argument", s.error("cancel_task(async_sleep(1))"));
            assertEquals("256 256 8\n", s.output("print(get_task_pool_size(), set_task_pool_size(8), get_task_pool_size())"));
            assertEquals("set_task_pool_size() size must be > 0, got 0", s.error("set_task_pool_size(0)"));
            assertEquals("set_task_pool_size() requires an integer size argument", s.error("set_task_pool_size(\"x\")"));
            assertEquals("set_task_pool_size() expects 1 argument (size), got 0", s.error("set_task_pool_size()"));
            assertEquals("get_task_pool_size() expects 0 arguments, got 1", s.error("get_task_pool_size(1)"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aCancelledSleepingTaskNeverRunsItsContinuation(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            Object handle = s.engine.compile("""
                    async func worker() {
                      shared_set("started", true)
                      await async_sleep(60000)
                      shared_set("continued", true)
                    }
                    t := spawn_task(worker)
                    while !shared_has("started") { await async_sleep(1) }
                    debug(t)
                    print(cancel_task(t))
                    debug(t)
                    return t
                    """, "cancel.ruff").run();
            TaskHandle t = (TaskHandle) handle;
            t.promise().stopped().get(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals("[DEBUG] TaskHandle(Running)\ntrue\n[DEBUG] TaskHandle(Cancelled)\nfalse\n",
                    s.output("print(shared_has(\"continued\"))"));
            assertTrue(t.promise().future().isCancelled());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void channelsAreFifoAndReceiveWaitsForASender(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("channel\ntrue\n1 2 3\nlate\n", s.output("""
                    ch := channel()
                    print(type(ch))
                    print(ch.send(1))
                    ch.send(2)
                    ch.send(3)
                    print(ch.receive(), ch.receive(), ch.receive())
                    async func later() { await async_sleep(20)  ch.send("late") }
                    later()
                    print(ch.receive())
                    """));
            assertEquals("Channel.send expects 1 arguments, got 2", s.error("channel().send(1, 2)"));
            assertEquals("Channel.receive expects 0 arguments, got 1", s.error("channel().receive(1)"));
            assertEquals("Channel has no method 'close'", s.error("channel().close()"));
            assertEquals("channel() expects 0 arguments, got 1", s.error("channel(1)"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void channelReceiveInsideTasksOnAOneThreadExecutorDoesNotDeadlock(BackendType backend) throws Exception {
        ExecutorService oneThread = Executors.newFixedThreadPool(1);
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).executor(oneThread)
                .out(out).build()) {
            engine.eval("""
                    ch := channel()
                    async func consumer() { mut sum := 0  for i in range(3) { sum := sum + ch.receive() }  return sum }
                    async func producer() { for i in range(3) { ch.send(i + 1) } }
                    c := consumer()
                    p := producer()
                    print(await Promise.all([c, p]))
                    """);
        } finally {
            oneThread.shutdownNow();
        }
        assertEquals("[6, null]\n", out.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void spawnBlocksSeeASnapshotShareTheStoreAndNeverWriteBack(BackendType backend) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).executor(pool)
                .out(out).err(err).build()) {
            engine.eval("""
                    shared_set("count", 0)
                    mut parent_counter := 7
                    step := 1
                    f := func() { return 1 }
                    for i in range(12) { spawn { parent_counter := 999  shared_add_int("count", step) } }
                    spawn { shared_set("f_visible", is_function(f)) }
                    print(parent_counter)
                    """);
            pool.shutdown();
            assertTrue(pool.awaitTermination(AsyncScripts.WAIT_SECONDS, TimeUnit.SECONDS));
            engine.eval("print(shared_get(\"count\"), shared_has(\"f_visible\"))");
        }
        assertEquals("7\n12 false\n", out.toString());
        assertTrue(err.toString().contains("Undefined variable: f"), err.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void sharedStoreTextsAndCopies(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("true\n[1, 2]\ntrue\n6\ntrue\nfalse false\n", s.output("""
                    print(shared_set("k", [1, 2]))
                    print(shared_get("k"))
                    print(shared_has("k"))
                    shared_set("n", 5)
                    print(shared_add_int("n", 1))
                    print(shared_delete("n"))
                    print(shared_delete("n"), shared_has("n"))
                    """));
            assertEquals("shared_get key 'nope' not found", s.error("shared_get(\"nope\")"));
            assertEquals("shared_set requires (key, value) arguments", s.error("shared_set(\"a\")"));
            assertEquals("shared_set key must be a string", s.error("shared_set(1, 2)"));
            assertEquals("shared_get requires one key argument", s.error("shared_get()"));
            assertEquals("shared_has key must be a string", s.error("shared_has(1)"));
            assertEquals("shared_delete requires one key argument", s.error("shared_delete()"));
            assertEquals("shared_add_int delta must be an int", s.error("shared_add_int(\"k\", 1.5)"));
            assertEquals("shared_add_int key 'zz' not found", s.error("shared_add_int(\"zz\", 1)"));
            assertEquals("shared_add_int requires key 'k' to reference an int", s.error("shared_add_int(\"k\", 1)"));
            assertEquals("shared_add_int requires (key, delta) arguments", s.error("shared_add_int(\"k\")"));
        }
    }

    @Test
    void sharedStoreIsPerEngine() {
        try (AsyncScripts a = new AsyncScripts(BackendType.INTERPRETER);
             AsyncScripts b = new AsyncScripts(BackendType.INTERPRETER)) {
            a.output("shared_set(\"only_a\", 1)");
            assertEquals("false\n", b.output("print(shared_has(\"only_a\"))"));
            assertFalse(dev.ruff.exec.EngineInternals.async(b.engine).sharedValues().containsKey("only_a"));
        }
    }
}
