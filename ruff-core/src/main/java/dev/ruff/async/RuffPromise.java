package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffHandle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A Ruff promise ({@code type()} {@code promise}, displayed {@code <unknown>}): the eventual result of
 * an async function call or a native operation, backed by a {@link CompletableFuture}.
 *
 * <p>The future completes normally with a Ruff value, or exceptionally with a
 * {@link dev.ruff.diag.RuffRuntimeError} (an error raised in an async body), a {@link PromiseRejection}
 * (a native operation failed) or a {@link CancellationException}. Awaiting twice returns the same
 * outcome. Promises have identity only: two promises are never equal unless they are the same object.</p>
 *
 * <p>A promise counts as <em>observed</em> once anything reads its outcome: {@code await}, a combinator
 * or native chaining on {@link #future()}, a continuation ({@link #onSettled}), or the host receiving it.
 * A rejection nobody observed is reported by the runtime as unhandled
 * ({@link AsyncRuntime#takeUnhandledRejections()}).</p>
 */
public final class RuffPromise implements RuffHandle {
    private final AsyncRuntime runtime;
    private final CompletableFuture<Object> future;
    private final Job job;
    private volatile boolean observed;

    RuffPromise(AsyncRuntime runtime, CompletableFuture<Object> future, Job job) {
        this.runtime = runtime;
        this.future = future;
        this.job = job;
        future.whenComplete((v, failure) -> {
            if (failure != null && !observed) {
                runtime.noteRejection(this, failure);
            }
        });
    }

    /** Records that someone handles this promise's outcome, so its rejection is not reported as unhandled. */
    public void markObserved() {
        if (!observed) {
            observed = true;
            runtime.forgetRejection(this);
        }
    }

    boolean isObserved() {
        return observed;
    }

    /** A promise settled by {@code future} (a native's operation); the future must hold Ruff values. */
    public static RuffPromise of(AsyncRuntime runtime, CompletableFuture<Object> future) {
        return new RuffPromise(runtime, future, null);
    }

    /** An already fulfilled promise. */
    public static RuffPromise resolved(AsyncRuntime runtime, Object value) {
        return of(runtime, CompletableFuture.completedFuture(value));
    }

    /** An already rejected promise; awaiting it raises {@code Promise rejected: <message>}. */
    public static RuffPromise rejected(AsyncRuntime runtime, String message) {
        return of(runtime, CompletableFuture.failedFuture(new PromiseRejection(message)));
    }

    /**
     * The backing future. Complete it only with Ruff values or the failures listed on this class. Reading
     * it marks the promise observed: callers chain on it to handle the outcome.
     */
    public CompletableFuture<Object> future() {
        markObserved();
        return future;
    }

    /** The runtime whose executor runs this promise's continuations. */
    public AsyncRuntime runtime() {
        return runtime;
    }

    Job job() {
        return job;
    }

    public boolean isSettled() {
        return future.isDone();
    }

    /**
     * Cancels the operation: a task that has not started never runs, a running task stops at its next
     * suspension point, a timer is removed. Returns false if the promise had settled already.
     */
    public boolean cancel() {
        return future.cancel(false);
    }

    /**
     * Completes when the task behind this promise has stopped running (finished, failed, or unwound
     * after cancellation); for promises not backed by a task, when the promise settles.
     */
    public CompletableFuture<?> stopped() {
        return job != null ? job.stopped() : future.handle((v, e) -> null);
    }

    /**
     * Schedules {@code continuation} on the engine's executor once this promise has settled (at once
     * if it has). This is the hook for a backend that suspends a frame instead of blocking: resume
     * the frame in the continuation and read the outcome with {@link #outcome()}.
     */
    public void onSettled(Runnable continuation) {
        markObserved();
        future.whenComplete((v, e) -> runtime.submit(continuation));
    }

    /** Waits for the outcome (see {@link AsyncRuntime#await}). */
    public Object await() {
        return runtime.await(this);
    }

    /**
     * The value of a settled promise, or the error {@code await} raises: the original message for an
     * error thrown in an async body, {@code Promise rejected: <msg>} for a rejection or cancellation.
     *
     * @throws IllegalStateException if the promise has not settled
     */
    public Object outcome() {
        markObserved();
        if (!future.isDone()) {
            throw new IllegalStateException("promise not settled");
        }
        try {
            return AsyncRuntime.shareable(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineClosed("interrupted");
        } catch (ExecutionException | CancellationException e) {
            throw raised(e);
        }
    }

    /** The error {@code await} raises for {@code failure} (any exception a future completed with). */
    static RuffRuntimeError raised(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof dev.ruff.diag.RuffExit exit) {
            throw exit; // exit(n) in the awaited task ends the program, as it would anywhere else
        }
        if (cause instanceof PromiseRejection || cause instanceof CancellationException) {
            return new RuffRuntimeError("Promise rejected: " + messageOf(cause));
        }
        if (cause instanceof RuffRuntimeError e) {
            return e.catchable() ? new RuffRuntimeError(e.getMessage(), e.value()) : e;
        }
        return new RuffRuntimeError("Promise rejected: " + messageOf(cause));
    }

    /** The failure's own message, as aggregators quote it ({@code Promise 1 rejected: <message>}). */
    public static String messageOf(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CancellationException) {
            return TaskCancelled.MESSAGE;
        }
        if (cause instanceof RuffRuntimeError e) {
            return e.getMessage();
        }
        return dev.ruff.runtime.JavaFailures.describe(cause);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public String typeName() {
        return "promise";
    }

    /** {@code Promise(Pending)}, {@code Promise(Resolved)} or {@code Promise(Rejected: msg)}. */
    @Override
    public String debug() {
        if (!future.isDone()) {
            return "Promise(Pending)";
        }
        if (future.isCompletedExceptionally()) {
            return "Promise(Rejected: " + failureMessage() + ")";
        }
        return "Promise(Resolved)";
    }

    /** {@code debug()}'s fuller form also shows the value: {@code Promise(Resolved: Int(42))}. */
    @Override
    public String debugDeep() {
        if (future.isDone() && !future.isCompletedExceptionally()) {
            return "Promise(Resolved: " + Display.debug(future.join()) + ")";
        }
        return debug();
    }

    /** The message of a settled promise's failure; empty for a fulfilled one. */
    String failureMessage() {
        try {
            future.join();
            return "";
        } catch (CompletionException | CancellationException e) {
            return messageOf(e);
        }
    }

    @Override
    public String toString() {
        return debug();
    }
}
