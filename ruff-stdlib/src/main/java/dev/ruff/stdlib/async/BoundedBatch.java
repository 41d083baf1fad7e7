package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.PromiseRejection;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code n} blocking operations on the executor with at most {@code limit} in flight (a real
 * throttle, ASYNC.md §5.5). Results come back in input order; the first failure to complete rejects
 * the batch and no further operation starts. Cancelling the batch stops starting new operations.
 */
public final class BoundedBatch {
    /** One operation: the value for index {@code i}, or an exception whose message is the rejection text. */
    @FunctionalInterface
    public interface Operation {
        Object run(int index) throws Exception;
    }

    private final AsyncRuntime runtime;
    private final Operation operation;
    private final Object[] results;
    private final CompletableFuture<Object> future = new CompletableFuture<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    private BoundedBatch(AsyncRuntime runtime, int n, Operation operation) {
        this.runtime = runtime;
        this.operation = operation;
        this.results = new Object[n];
    }

    public static RuffPromise start(AsyncRuntime runtime, int n, int limit, Operation operation) {
        BoundedBatch batch = new BoundedBatch(runtime, n, operation);
        if (n == 0) {
            return RuffPromise.resolved(runtime, RuffArray.of());
        }
        for (int i = 0; i < Math.min(limit, n); i++) {
            runtime.submit(batch::runNext);
        }
        return RuffPromise.of(runtime, batch.future);
    }

    private void runNext() {
        int i = next.getAndIncrement();
        if (i >= results.length || future.isDone()) {
            return;
        }
        try {
            results[i] = operation.run(i);
        } catch (Exception e) {
            future.completeExceptionally(new PromiseRejection(e.getMessage()));
            return;
        }
        if (done.incrementAndGet() == results.length) {
            future.complete(RuffArray.of(results));
        } else {
            runtime.submit(this::runNext);
        }
    }
}
