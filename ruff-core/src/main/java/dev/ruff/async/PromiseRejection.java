package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;

/**
 * The reason a native operation (a timer, file or HTTP I/O, an aggregator) rejected its promise.
 * Unlike an error thrown inside an async function, which {@code await} re-raises with its original
 * message, a rejection surfaces as {@code Promise rejected: <message>} (ASYNC.md §4, §10).
 */
public class PromiseRejection extends RuffRuntimeError {
    public PromiseRejection(String message) {
        super(message);
    }
}
