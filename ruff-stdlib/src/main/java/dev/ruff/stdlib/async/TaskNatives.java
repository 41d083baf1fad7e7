package dev.ruff.stdlib.async;

import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.spi.NativeCall;

/**
 * {@code spawn_task}, {@code await_task}, {@code cancel_task} (run for real, unlike upstream's placeholder,
 * as ASYNC.md §5.6 recommends) and {@code set/get_task_pool_size}.
 */
final class TaskNatives {
    private TaskNatives() {
    }

    /**
     * An async function is called here and its promise is the task; any other function runs as a new
     * task on the executor (on a fresh walker of the same run).
     */
    static Object spawnTask(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("spawn_task() expects 1 argument (async function), got " + call.count());
        }
        if (!(call.arg(0) instanceof RuffCallable fn)) {
            throw call.error("spawn_task() requires an async function argument");
        }
        if (fn.isAsync()) {
            Object started = call.invoker().call(fn);
            return new TaskHandle(started instanceof RuffPromise p ? p
                    : RuffPromise.resolved(call.context().async(), started));
        }
        Invoker elsewhere = call.invoker().forAnotherThread();
        return new TaskHandle(call.context().async().startTask(() -> elsewhere.call(fn)));
    }

    static Object awaitTask(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("await_task() expects 1 argument (task handle), got " + call.count());
        }
        if (!(call.arg(0) instanceof TaskHandle handle)) {
            throw call.error("await_task() requires a TaskHandle argument");
        }
        if (!handle.take()) {
            return RuffPromise.rejected(call.context().async(), "Task handle already consumed");
        }
        return handle.promise();
    }

    static Object cancelTask(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("cancel_task() expects 1 argument (task handle), got " + call.count());
        }
        if (!(call.arg(0) instanceof TaskHandle handle)) {
            throw call.error("cancel_task() requires a TaskHandle argument");
        }
        return handle.cancel();
    }

    static Object setTaskPoolSize(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("set_task_pool_size() expects 1 argument (size), got " + call.count());
        }
        if (!(call.arg(0) instanceof Long n)) {
            throw call.error("set_task_pool_size() requires an integer size argument");
        }
        if (n <= 0) {
            throw call.error("set_task_pool_size() size must be > 0, got " + n);
        }
        return (long) TaskPoolSize.of(call).set((int) Math.min(n, Integer.MAX_VALUE));
    }

    static Object getTaskPoolSize(NativeCall call) {
        if (call.count() != 0) {
            throw call.error("get_task_pool_size() expects 0 arguments, got " + call.count());
        }
        return (long) TaskPoolSize.of(call).get();
    }
}
