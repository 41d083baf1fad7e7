package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.PromiseRejection;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code async_sleep} and {@code async_timeout}: entries on the engine's single timer thread, which only
 * completes futures, so no thread sleeps per call. Timers need no capability (ASYNC.md decision 8).
 */
final class TimerNatives {
    private TimerNatives() {
    }

    static Object sleep(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("async_sleep() expects 1 argument (milliseconds), got " + call.count());
        }
        if (!(call.arg(0) instanceof Long ms)) {
            throw call.error("async_sleep() requires an integer milliseconds argument");
        }
        if (ms < 0) {
            throw call.error("async_sleep() requires non-negative milliseconds, got " + ms);
        }
        return call.context().async().delay(ms, RuffNull.NULL);
    }

    /**
     * Races the promise against a deadline. On expiry the result rejects with {@code Timeout after <ms>ms}
     * and the inner operation is cancelled; otherwise it settles exactly like the inner promise.
     */
    static Object timeout(NativeCall call) {
        if (call.count() != 2) {
            throw call.error("async_timeout() expects 2 arguments (promise, timeout_ms), got " + call.count());
        }
        if (!(call.arg(1) instanceof Long ms)) {
            throw call.error("async_timeout() requires an integer timeout_ms argument");
        }
        if (ms <= 0) {
            throw call.error("async_timeout() requires positive timeout_ms, got " + ms);
        }
        if (!(call.arg(0) instanceof RuffPromise inner)) {
            throw call.error("async_timeout() requires a Promise as first argument");
        }
        AsyncRuntime runtime = call.context().async();
        CompletableFuture<Object> result = new CompletableFuture<>();
        ScheduledFuture<?> deadline = runtime.schedule(() -> {
            if (result.completeExceptionally(new PromiseRejection("Timeout after " + ms + "ms"))) {
                inner.cancel();
            }
        }, ms);
        inner.future().whenComplete((value, failure) -> {
            deadline.cancel(false);
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : failure);
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                deadline.cancel(false);
                inner.cancel();
            }
        });
        return RuffPromise.of(runtime, result);
    }
}
