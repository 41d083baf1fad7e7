package dev.ruff.cli;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Renders what the user sees when a script fails at run time or Ruff itself breaks. Plain text, no
 * Java stack traces unless asked for.
 */
public final class ErrorReport {
    private ErrorReport() {
    }

    /**
     * The uncaught runtime error report (LANGUAGE.md §5.2), without a trailing newline:
     * <pre>
     * [RUFRUN001] [runtime] Runtime Error: Undefined variable: x
     *   --&gt; main.ruff:3:5
     *
     * Call stack:
     *   0 at inner (main.ruff:3:5)
     *   1 at outer (main.ruff:7:1)
     * </pre>
     * Upstream always printed {@code --> 0:0}; we print the real position, or just the file when the
     * error carries none.
     *
     * @param code      the backend's error code, e.g. {@code RUFRUN001}
     * @param subsystem the backend's subsystem tag, e.g. {@code runtime}
     * @param file      the script name, used when the error has no position
     */
    public static String runtimeError(String code, String subsystem, RuffRuntimeError error, String file) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(code).append("] [").append(subsystem).append("] Runtime Error: ")
                .append(error.getMessage());
        SourcePos pos = error.pos();
        sb.append("\n  --> ").append(pos != null ? pos.toString() : file);
        if (!error.stack().isEmpty()) {
            sb.append("\n\nCall stack:");
            for (String line : error.stackLines()) {
                sb.append("\n  ").append(line);
            }
        }
        return sb.toString();
    }

    /**
     * The report for an unexpected Java exception: a bug in Ruff, not in the script. The Java stack
     * trace is included only when {@code debug} is set.
     */
    public static String internalError(Throwable failure, boolean debug) {
        String detail = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + failure.getMessage();
        StringBuilder sb = new StringBuilder();
        sb.append("[RUFINT001] [internal] error: ").append(detail);
        sb.append("\n  = help: this is a bug in Ruff for the JVM, not in your script; please report it with the")
                .append(" script that triggered it");
        if (debug) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            sb.append("\n\n").append(trace.toString().stripTrailing());
        } else {
            sb.append(" (rerun with --debug to include the Java stack trace)");
        }
        return sb.toString();
    }
}
