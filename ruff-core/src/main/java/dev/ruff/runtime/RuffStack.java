package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import dev.ruff.diag.StackEntry;

/**
 * How an error records the Ruff call stack, the same on both backends (and compiled code): once, by the
 * innermost function call the error leaves, innermost first, each entry naming the function and where in it
 * execution was (the raise for the innermost, the call for the others); module bodies are not entries. Long
 * repeated runs are folded when the stack is rendered, not here.
 */
public final class RuffStack {
    /** One activation as the stack sees it; each backend's frame implements this. */
    public interface Activation {
        /** The running function's name, or {@code null} for a module body (which ends the stack). */
        String functionName();

        /** Where the caller made this call, or {@code null} (called from a native or the host). */
        SourcePos callPos();

        /** The activation that made this call, or {@code null}. */
        Activation callerActivation();
    }

    private RuffStack() {
    }

    /** Records the stack of {@code e} from {@code innermost} outwards, unless an inner call recorded it already. */
    public static void record(RuffRuntimeError e, Activation innermost) {
        if (!e.stack().isEmpty()) {
            return;
        }
        SourcePos where = e.pos();
        for (Activation a = innermost; a != null && a.functionName() != null; a = a.callerActivation()) {
            e.addFrame(new StackEntry(a.functionName(), where));
            where = a.callPos();
        }
        e.completeStack();
    }
}
