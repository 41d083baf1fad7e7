package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;

/**
 * Unwinds the body of a cancelled task from its next suspension point (an {@code await}, a channel
 * receive, a loop iteration on the interpreter). Scripts cannot catch it, so a cancelled task really
 * stops and never runs its continuation (ASYNC.md decision 5).
 */
public final class TaskCancelled extends RuffRuntimeError {
    /** The text a cancelled promise reports when awaited or aggregated. */
    public static final String MESSAGE = "Task was cancelled";

    public TaskCancelled() {
        super(MESSAGE);
    }

    @Override
    public boolean catchable() {
        return false;
    }
}
