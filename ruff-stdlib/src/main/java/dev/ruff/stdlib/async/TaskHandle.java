package dev.ruff.stdlib.async;

import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffHandle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What {@code spawn_task} returns ({@code type()} {@code taskhandle}, debug {@code TaskHandle(Running)} /
 * {@code TaskHandle(Cancelled)}): a running task that can be awaited once or cancelled once (ASYNC.md §5.6).
 */
public final class TaskHandle implements RuffHandle {
    private final RuffPromise promise;
    private final AtomicBoolean consumed = new AtomicBoolean();
    private volatile boolean cancelled;

    TaskHandle(RuffPromise promise) {
        this.promise = promise;
    }

    /** The task's promise (for hosts and tests; scripts use {@code await_task}). */
    public RuffPromise promise() {
        return promise;
    }

    /** Takes the handle for {@code await_task}; false if it was taken or cancelled before. */
    boolean take() {
        return consumed.compareAndSet(false, true);
    }

    /** Cancels the task unless the handle was taken; true if this call cancelled it. */
    boolean cancel() {
        if (!consumed.compareAndSet(false, true)) {
            return false;
        }
        cancelled = true;
        promise.cancel();
        return true;
    }

    @Override
    public String typeName() {
        return "taskhandle";
    }

    @Override
    public String debug() {
        return cancelled ? "TaskHandle(Cancelled)" : "TaskHandle(Running)";
    }
}
