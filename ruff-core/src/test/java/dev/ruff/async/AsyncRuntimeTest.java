package dev.ruff.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime on its own, from Java: tasks, awaiting, compensation on a bounded executor, timers,
 * cancellation and shutdown. Every wait is bounded (a deadlock fails the test instead of hanging it).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncRuntimeTest {
    private final ExecutorService oneThread = Executors.newFixedThreadPool(1);
    private final AsyncRuntime runtime = new AsyncRuntime(oneThread);

    @AfterEach
    void close() {
        runtime.close();
        oneThread.shutdownNow();
    }

    @Test
    void taskValueIsAwaitedAndCached() {
        RuffPromise p = runtime.startTask(() -> 42L);
        assertEquals(42L, runtime.await(p));
        assertEquals(42L, runtime.await(p));
        assertEquals("Promise(Resolved)", p.debug());
        assertEquals("Promise(Resolved: Int(42))", p.debugDeep());
        assertEquals("promise", p.typeName());
        assertEquals("<unknown>", p.display());
    }

    @Test
    void errorInTaskIsRaisedWithItsOriginalMessageAndNativeRejectionsArePrefixed() {
        RuffPromise failed = runtime.startTask(() -> {
            throw new RuffRuntimeError("boom");
        });
        RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> runtime.await(failed));
        assertEquals("boom", e.getMessage());
        assertTrue(e.catchable());
        assertEquals("Promise(Rejected: boom)", failed.debug());
        RuffRuntimeError rejected = assertThrows(RuffRuntimeError.class,
                () -> runtime.await(RuffPromise.rejected(runtime, "Timeout after 5ms")));
        assertEquals("Promise rejected: Timeout after 5ms", rejected.getMessage());
    }

    @Test
    void nestedAwaitsOnAOneThreadExecutorRunTheInnerTaskInline() throws Exception {
        // outer occupies the only worker and awaits inner, which is still queued behind it
        RuffPromise outer = runtime.startTask(() -> {
            RuffPromise inner = runtime.startTask(() -> {
                RuffPromise innermost = runtime.startTask(() -> 1L);
                return (Long) runtime.await(innermost) + 1;
            });
            return (Long) runtime.await(inner) + 1;
        });
        assertEquals(3L, outer.future().get(10, TimeUnit.SECONDS));
    }

    @Test
    void aBlockedWorkerIsCompensatedSoQueuedTasksItWaitsForStillRun() throws Exception {
        // The only worker waits for a combination of two queued tasks: neither can be claimed inline
        // through the awaited future, so a spare thread must run them.
        RuffPromise outer = runtime.startTask(() -> {
            RuffPromise a = runtime.startTask(() -> 1L);
            RuffPromise b = runtime.startTask(() -> 2L);
            runtime.waitFor(CompletableFuture.allOf(a.future(), b.future()));
            return (Long) a.outcome() + (Long) b.outcome();
        });
        assertEquals(3L, outer.future().get(10, TimeUnit.SECONDS));
    }

    @Test
    void channelReceiverOnTheOnlyWorkerGetsValuesFromATaskQueuedAfterIt() throws Exception {
        RuffChannel channel = new RuffChannel(runtime);
        CompletableFuture<Void> receiverWaiting = new CompletableFuture<>();
        RuffPromise receiver = runtime.startTask(() -> {
            receiverWaiting.complete(null);
            return channel.receive();
        });
        receiverWaiting.get(10, TimeUnit.SECONDS);
        runtime.startTask(() -> {
            channel.send("hello");
            return RuffNull.NULL;
        });
        assertEquals("hello", receiver.future().get(10, TimeUnit.SECONDS));
    }

    @Test
    void aHundredThousandTimersUseOneTimerThread() throws Exception {
        long before = runtime.liveThreads();
        List<CompletableFuture<Object>> sleeps = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            sleeps.add(runtime.delay(20 + i % 50, RuffNull.NULL).future());
        }
        long during = runtime.liveThreads();
        CompletableFuture.allOf(sleeps.toArray(new CompletableFuture[0])).get(20, TimeUnit.SECONDS);
        assertTrue(during - before <= 1, "timer threads: before " + before + ", during " + during);
    }

    @Test
    void cancellingABlockedTaskStopsItBeforeItsContinuation() throws Exception {
        AtomicBoolean continued = new AtomicBoolean();
        CompletableFuture<Void> waiting = new CompletableFuture<>();
        RuffPromise task = runtime.startTask(() -> {
            RuffPromise sleep = runtime.delay(60_000, RuffNull.NULL);
            waiting.complete(null);
            runtime.await(sleep);
            continued.set(true);
            return RuffNull.NULL;
        });
        waiting.get(10, TimeUnit.SECONDS);
        assertTrue(task.cancel());
        task.stopped().get(10, TimeUnit.SECONDS);
        assertFalse(continued.get());
        RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> runtime.await(task));
        assertEquals("Promise rejected: Task was cancelled", e.getMessage());
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> release = new CompletableFuture<>();
        runtime.submit(release::join); // occupies the only worker
        RuffPromise queued = runtime.startTask(() -> {
            ran.set(true);
            return RuffNull.NULL;
        });
        queued.cancel();
        release.complete(null);
        queued.stopped().get(10, TimeUnit.SECONDS);
        assertFalse(ran.get());
    }

    @Test
    void onSettledRunsTheContinuationOnTheExecutor() throws Exception {
        RuffPromise sleep = runtime.delay(5, "done");
        CompletableFuture<String> seen = new CompletableFuture<>();
        sleep.onSettled(() -> seen.complete(Thread.currentThread().getName() + ":" + sleep.outcome()));
        String where = seen.get(10, TimeUnit.SECONDS);
        assertTrue(where.endsWith(":done"), where);
        assertFalse(where.startsWith(runtime.threadPrefix() + "timer"), where);
    }

    @Test
    void closingLeavesAHostExecutorRunningButShutsDownTheDefaultPool() throws Exception {
        runtime.close();
        assertFalse(oneThread.isShutdown());
        AsyncRuntime owning = new AsyncRuntime(null);
        assertEquals(7L, owning.startTask(() -> 7L).future().get(10, TimeUnit.SECONDS));
        owning.close();
        RuffPromise late = owning.startTask(() -> 8L);
        assertTrue(late.future().isCompletedExceptionally());
    }
}
