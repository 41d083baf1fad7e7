package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;
import java.util.concurrent.CompletableFuture;

/**
 * A task whose body can stop at an {@code await} without holding a thread and continue later. The
 * body runs in slices: each slice runs until the body finishes or returns a {@link Suspension}; the
 * next slice is queued on the executor once the awaited promise settles. Every slice is a job owned
 * by the task's promise, so after the promise is cancelled no further slice runs (ASYNC.md decision 5).
 *
 * <p>This is what the bytecode VM runs async bodies and spawn blocks on: its frames live on the heap,
 * so a slice that suspends leaves nothing on the Java stack.</p>
 */
public final class ResumableTask {
    /** The body of a resumable task. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs the task from where it stopped until it finishes (returns its value) or must wait
         * (returns a {@link Suspension}); errors it raises reject the task's promise.
         */
        Object resume();
    }

    /** Returned by {@link Body#resume()} when the body stopped to wait for {@code awaited}. */
    public record Suspension(RuffPromise awaited) {
    }

    private final AsyncRuntime runtime;
    private final Body body;
    private final CompletableFuture<Object> future = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    /** True while the body waits between slices (no thread runs it). */
    private volatile boolean suspended;
    /** The limits of the run that started the task; every slice runs under them, whichever thread queues it. */
    private final dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.installed();

    ResumableTask(AsyncRuntime runtime, Body body) {
        this.runtime = runtime;
        this.body = body;
        // A task cancelled while it waits has stopped: no slice is running and none will.
        future.whenComplete((v, e) -> {
            if (suspended) {
                stopped.complete(null);
            }
        });
    }

    CompletableFuture<Object> future() {
        return future;
    }

    /** The job of the next slice. */
    Job slice() {
        return new Job(this::runSlice, future, stopped, guard);
    }

    private void runSlice() {
        suspended = false;
        Object result;
        try {
            result = body.resume();
        } catch (TaskCancelled c) {
            future.cancel(false);
            return;
        } catch (dev.ruff.diag.RuffExit x) {
            runtime.requestExit(x);
            future.completeExceptionally(x);
            return;
        } catch (RuffRuntimeError e) {
            future.completeExceptionally(e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            future.completeExceptionally(new RuffRuntimeError("Task panicked: " + dev.ruff.runtime.JavaFailures.describe(e)));
            return;
        }
        if (result instanceof Suspension s) {
            Job.Running.current().job().park();
            suspended = true;
            if (future.isDone()) { // cancelled while this slice ran
                stopped.complete(null);
                return;
            }
            s.awaited().future().whenComplete((v, e) -> runtime.enqueueSlice(slice()));
            return;
        }
        future.complete(AsyncRuntime.shareable(result));
    }
}
