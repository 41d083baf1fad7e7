package dev.ruff.exec;

import dev.ruff.diag.RuffLimitExceeded;

/** Too-deep recursion: a limit of the host, so scripts cannot catch it (LANGUAGE.md decision 5). */
public final class CallDepthExceeded extends RuffLimitExceeded {
    public CallDepthExceeded(int limit, String function) {
        super(Limit.CALL_DEPTH, "Maximum call stack depth of " + limit + " exceeded while calling " + function);
    }
}
