package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.spi.NativeCall;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default concurrency limit of the aggregating natives ({@code set_task_pool_size}, ASYNC.md §5.10),
 * kept per context. It bounds how many operations a batch keeps in flight; it does not size the executor.
 */
public final class TaskPoolSize {
    private final AtomicInteger size = new AtomicInteger(AsyncRuntime.DEFAULT_TASK_POOL_SIZE);

    static TaskPoolSize of(NativeCall call) {
        return call.context().state(TaskPoolSize.class, TaskPoolSize::new);
    }

    int get() {
        return size.get();
    }

    int set(int newSize) {
        return size.getAndSet(newSize);
    }

    /**
     * The optional concurrency limit at argument {@code index}, or the pool size when absent. Texts:
     * {@code <fn>() concurrency_limit must be > 0, got N}, {@code <fn>() optional concurrency_limit must be an integer}.
     */
    public static int limitArg(NativeCall call, int index, String fn) {
        if (index >= call.count()) {
            return of(call).get();
        }
        if (!(call.arg(index) instanceof Long n)) {
            throw call.error(fn + "() optional concurrency_limit must be an integer");
        }
        if (n <= 0) {
            throw call.error(fn + "() concurrency_limit must be > 0, got " + n);
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
