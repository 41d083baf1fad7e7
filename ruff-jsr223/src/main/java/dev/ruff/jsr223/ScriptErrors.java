package dev.ruff.jsr223;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffException;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.diag.SourcePos;
import dev.ruff.diag.StackEntry;
import javax.script.ScriptException;

/** Turns Ruff errors into {@link ScriptException}s that always carry file, line and column. */
final class ScriptErrors {
    private ScriptErrors() {
    }

    /**
     * The exception for {@code error} raised by the script {@code file}: the message is the Ruff report
     * (every diagnostic of a syntax error, the report with its call stack for a runtime error), the
     * position the innermost one known (line and column 0 when Ruff has none, never -1), the cause the Ruff
     * error itself.
     */
    static ScriptException of(RuffException error, String file) {
        SourcePos pos = position(error);
        String message;
        if (error instanceof RuffSyntaxError syntax) {
            message = syntax.render();
        } else if (error instanceof RuffRuntimeError runtime) {
            message = runtime.render();
        } else if (error instanceof RuffExit exit) {
            message = "script called exit(" + exit.code() + ")";
        } else {
            message = error.getMessage();
        }
        String where = pos != null ? pos.file() : file;
        ScriptException e = new ScriptException(message, where, pos != null ? pos.line() : 0,
                pos != null ? pos.column() : 0);
        e.initCause(error);
        return e;
    }

    private static SourcePos position(RuffException error) {
        if (error instanceof RuffSyntaxError syntax && !syntax.diagnostics().isEmpty()) {
            Diagnostic first = syntax.diagnostics().get(0);
            return first.pos();
        }
        if (error instanceof RuffRuntimeError runtime) {
            if (runtime.pos() != null) {
                return runtime.pos();
            }
            for (StackEntry frame : runtime.stack()) {
                if (frame.pos() != null) {
                    return frame.pos();
                }
            }
        }
        return null;
    }
}
