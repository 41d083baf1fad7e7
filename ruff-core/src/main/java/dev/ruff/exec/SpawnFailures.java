package dev.ruff.exec;

import dev.ruff.async.EngineClosed;
import dev.ruff.async.TaskCancelled;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;

/**
 * How a {@code spawn} block that failed is reported, the same on both backends: nothing flows back to the
 * script, so an error is printed on the engine's error writer; {@code exit(n)} inside the block is an exit
 * request of the run; cancellation and engine shutdown are silent.
 */
public final class SpawnFailures {
    private SpawnFailures() {
    }

    /** Reports {@code failure} (null for success) of the block spawned at {@code spawnPos}. */
    public static void report(ExecutionContext context, Throwable failure, SourcePos spawnPos) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null || cause instanceof TaskCancelled || cause instanceof EngineClosed) {
            return;
        }
        if (cause instanceof RuffExit exit) {
            context.async().requestExit(exit);
            return;
        }
        SourcePos where = spawnPos;
        String message;
        if (cause instanceof RuffRuntimeError e) {
            message = e.getMessage();
            if (e.pos() != null) {
                where = e.pos();
            }
        } else {
            message = dev.ruff.runtime.JavaFailures.describe(cause);
        }
        PrintWriter err = context.err();
        err.println("Error in spawn block: " + message + " (at " + where + ")");
        err.flush();
    }
}
