package dev.ruff.diag;

import dev.ruff.exec.ErrorOrigins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An error raised while a script runs: a failed operation, a failing native, or {@code throw(...)}.
 *
 * <p>Runtime code creates it with just a message; the executing backend fills in the position of the
 * expression that failed and, while unwinding, the Ruff call stack (innermost first).
 * {@link #value()} is the Ruff value that was thrown (a string message, a struct, or {@code null} when
 * the error came from the runtime itself).</p>
 */
public class RuffRuntimeError extends RuffException {
    static {
        ErrorOrigins.install((error, code, subsystem, file) -> error.origin(code, subsystem, file));
    }

    private final Object value;
    private String code;
    private String subsystem;
    private String file;
    private SourcePos pos;
    private final List<StackEntry> stack = new ArrayList<>();
    private boolean stackComplete;

    public RuffRuntimeError(String message) {
        this(message, null);
    }

    public RuffRuntimeError(String message, Object value) {
        super(message);
        this.value = value;
    }

    /** The thrown Ruff value, or {@code null} for errors raised by the runtime. */
    public Object value() {
        return value;
    }

    /** Where the error was raised, or {@code null} if not known. */
    public SourcePos pos() {
        return pos;
    }

    /** Sets the position unless one is already known (the innermost position wins). */
    public RuffRuntimeError at(SourcePos where) {
        if (pos == null && where != null) {
            pos = where;
        }
        return this;
    }

    /** The Ruff call stack, innermost function first; empty when raised at top level. */
    public List<StackEntry> stack() {
        return Collections.unmodifiableList(stack);
    }

    /** A run of more consecutive frames of one function than this is folded into one line. */
    private static final int FRAMES_BEFORE_FOLD = 3;

    /**
     * The call stack as report lines, innermost first: {@code 0 at f (file:1:2)}. A run of consecutive frames
     * of one function (deep recursion, a stack overflow) shows its first frames and then one line
     * {@code … 9,990 more frames of f}, as other runtimes fold repeated frames.
     */
    public List<String> stackLines() {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < stack.size()) {
            String function = stack.get(i).function();
            int run = 1;
            while (i + run < stack.size() && stack.get(i + run).function().equals(function)) {
                run++;
            }
            int shown = run > FRAMES_BEFORE_FOLD + 1 ? FRAMES_BEFORE_FOLD : run;
            for (int k = i; k < i + shown; k++) {
                StackEntry frame = stack.get(k);
                lines.add(k + " at " + frame.function() + (frame.pos() != null ? " (" + frame.pos() + ")" : ""));
            }
            if (shown < run) {
                lines.add(String.format(java.util.Locale.ROOT, "\u2026 %,d more frames of %s", run - shown, function));
            }
            i += run;
        }
        return lines;
    }

    /** Appends the next outer frame; ignored once the stack was marked complete. */
    public void addFrame(StackEntry entry) {
        if (!stackComplete) {
            stack.add(entry);
        }
    }

    /** Freezes the stack (used when an error is re-raised somewhere it was already recorded). */
    public void completeStack() {
        stackComplete = true;
    }

    /**
     * Whether a script's {@code try/except} may catch this error. Limits imposed by the host
     * (deadline, instruction budget, call depth chosen by the host) are not catchable.
     */
    public boolean catchable() {
        return true;
    }

    private synchronized void origin(String backendCode, String backendSubsystem, String scriptFile) {
        if (code == null) {
            code = backendCode;
            subsystem = backendSubsystem;
            file = scriptFile;
        }
    }

    /**
     * The code of the backend that reported the error, as upstream prints it ({@code RUFVM001} for the
     * VM, {@code RUFRUN001} for the interpreter); {@code RUFRUN001} until the error has left a run.
     */
    public String code() {
        return code != null ? code : "RUFRUN001";
    }

    /** The subsystem tag printed beside {@link #code()}: {@code vm} or {@code runtime}. */
    public String subsystem() {
        return subsystem != null ? subsystem : "runtime";
    }

    /**
     * The uncaught-error report as {@code ruff run} prints it (LANGUAGE.md §5.2), without a trailing
     * newline and without the source line the CLI shows under the position (an error does not keep the
     * script's text; {@link DiagnosticRenderer} adds it when given the sources):
     * <pre>
     * [RUFVM001] [vm] Runtime Error: Undefined variable: x
     *   --&gt; main.ruff:3:5
     *
     * Call stack:
     *   0 at inner (main.ruff:3:5)
     *   1 at outer (main.ruff:7:1)
     * </pre>
     * Upstream always printed {@code --> 0:0}; we print the real position, or the script's name when the
     * error carries none.
     */
    public String render() {
        return new DiagnosticRenderer(null, false).renderRuntimeError(this, file != null ? file : "<unknown>");
    }
}
