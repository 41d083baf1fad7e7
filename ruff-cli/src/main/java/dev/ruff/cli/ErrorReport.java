package dev.ruff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Renders what the user sees when Ruff itself breaks. Plain text, no Java stack trace unless asked
 * for. (Script errors are rendered by {@link dev.ruff.diag.DiagnosticRenderer}.)
 */
public final class ErrorReport {
    private ErrorReport() {
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
