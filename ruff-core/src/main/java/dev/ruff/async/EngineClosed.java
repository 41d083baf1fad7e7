package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;

/** A wait that cannot finish because the engine was closed or the waiting thread was interrupted; not catchable. */
public final class EngineClosed extends RuffRuntimeError {
    public EngineClosed(String message) {
        super(message);
    }

    @Override
    public boolean catchable() {
        return false;
    }
}
