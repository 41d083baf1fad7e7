package dev.ruff.exec;

import dev.ruff.diag.RuffRuntimeError;

/** Too-deep recursion: a limit of the host, so scripts cannot catch it (LANGUAGE.md decision 5). */
public final class CallDepthExceeded extends RuffRuntimeError {
    public CallDepthExceeded(int limit, String function) {
        super("Maximum call stack depth of " + limit + " exceeded while calling " + function);
    }

    @Override
    public boolean catchable() {
        return false;
    }
}
