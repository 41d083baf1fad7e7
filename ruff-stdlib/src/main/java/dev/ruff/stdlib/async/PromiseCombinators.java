package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.PromiseRejection;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Combining promises without holding a thread: the aggregate settles from the elements' completion
 * callbacks. Used by {@code Promise.all}, {@code Promise.race} and {@code parallel_map}.
 */
final class PromiseCombinators {
    private PromiseCombinators() {
    }

    /**
     * Fulfils with every element's value in input order; the first element to fail (in completion
     * order) rejects it with {@code Promise I rejected: <element message>} and the elements still
     * pending are cancelled (ASYNC.md decision 3). {@code fixed} holds values that need no waiting
     * (a {@code null} slot is filled from {@code promises} at the same index).
     */
    static RuffPromise all(AsyncRuntime runtime, Object[] fixed, RuffPromise[] promises) {
        int n = promises.length;
        Object[] results = fixed.clone();
        CompletableFuture<Object> aggregate = new CompletableFuture<>();
        AtomicInteger remaining = new AtomicInteger();
        for (RuffPromise p : promises) {
            if (p != null) {
                remaining.incrementAndGet();
            }
        }
        if (remaining.get() == 0) {
            return RuffPromise.resolved(runtime, RuffArray.of(results));
        }
        // Cancelling the aggregate cancels what it waits for.
        aggregate.whenComplete((v, e) -> {
            if (aggregate.isCancelled()) {
                cancelPending(promises);
            }
        });
        for (int i = 0; i < n; i++) {
            RuffPromise p = promises[i];
            if (p == null) {
                continue;
            }
            int index = i;
            p.future().whenComplete((value, failure) -> {
                if (failure != null) {
                    if (aggregate.completeExceptionally(new PromiseRejection("Promise " + index + " rejected: "
                            + RuffPromise.messageOf(failure)))) {
                        cancelPending(promises);
                    }
                    return;
                }
                results[index] = value;
                if (remaining.decrementAndGet() == 0) {
                    aggregate.complete(RuffArray.of(results));
                }
            });
        }
        return RuffPromise.of(runtime, aggregate);
    }

    /** Settles like the first element to settle, value or failure; the others keep running. */
    static RuffPromise race(AsyncRuntime runtime, List<RuffPromise> promises) {
        CompletableFuture<Object> first = new CompletableFuture<>();
        for (RuffPromise p : promises) {
            p.future().whenComplete((value, failure) -> {
                if (failure == null) {
                    first.complete(value);
                } else {
                    first.completeExceptionally(failure instanceof java.util.concurrent.CompletionException c
                            && c.getCause() != null ? c.getCause() : failure);
                }
            });
        }
        return RuffPromise.of(runtime, first);
    }

    private static void cancelPending(RuffPromise[] promises) {
        for (RuffPromise p : promises) {
            if (p != null && !p.isSettled()) {
                p.cancel();
            }
        }
    }
}
