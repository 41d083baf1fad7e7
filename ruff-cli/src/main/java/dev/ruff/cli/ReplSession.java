package dev.ruff.cli;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.diag.DiagnosticRenderer;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The state of one {@code ruff repl}: a context whose globals persist from entry to entry, and the
 * text of every entry so that an error in a function defined earlier still quotes its source line.
 * Independent of how lines are read (line editor or pipe).
 */
final class ReplSession {
    static final String HELP = """
            Type Ruff statements and expressions; an expression's value is printed.
            A line that leaves ( [ or { open continues on the next line.
            Definitions stay for the whole session; an error does not end it.
              :help   this text
              :quit   leave (so does Ctrl-D)""";

    private final RuffContext context;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final Map<String, String> entries = new HashMap<>();
    private int counter;
    private int lastFailure;
    private OptionalInt exitCode = OptionalInt.empty();

    ReplSession(RuffEngine engine, PrintWriter out, PrintWriter err, boolean colour) {
        this.context = engine.newContext();
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** What a complete entry asks for. */
    enum Outcome { CONTINUE, QUIT }

    /**
     * Runs one complete entry (or a {@code :command}); prints its value, or its error on the error
     * stream. Returns {@link Outcome#QUIT} for {@code :quit}; an {@code exit(n)} call is reported by
     * {@link #exitCode()}.
     */
    Outcome submit(String entry) {
        String trimmed = entry.strip();
        if (trimmed.isEmpty()) {
            return Outcome.CONTINUE;
        }
        if (trimmed.startsWith(":")) {
            return command(trimmed);
        }
        String name = "<repl#" + (++counter) + ">";
        entries.put(name, entry);
        DiagnosticRenderer renderer = new DiagnosticRenderer(entries::get, colour);
        try {
            String shown = context.evalInteractive(entry, name);
            if (shown != null) {
                out.println(shown);
            }
        } catch (RuffSyntaxError e) {
            failed(ExitCodes.SYNTAX, renderer.render(e.diagnostics()));
        } catch (RuffExit e) {
            exitCode = OptionalInt.of(e.code());
            return Outcome.QUIT;
        } catch (RuffLimitExceeded e) {
            if (e.limit() == RuffLimitExceeded.Limit.INTERRUPTED) {
                Thread.interrupted(); // Ctrl-C interrupted this thread to stop the entry; the session goes on
                out.flush();
                err.println("Interrupted.");
                err.flush();
            } else {
                failed(ExitCodes.RUNTIME, renderer.renderRuntimeError(e, name));
            }
        } catch (RuffRuntimeError e) {
            failed(ExitCodes.RUNTIME, renderer.renderRuntimeError(e, name));
        } finally {
            out.flush();
        }
        return Outcome.CONTINUE;
    }

    /** The status a script's {@code exit(n)} asked for, if it did. */
    OptionalInt exitCode() {
        return exitCode;
    }

    /** Exit status of the last entry that failed (3 syntax, 4 runtime), 0 when none did. */
    int lastFailure() {
        return lastFailure;
    }

    private void failed(int code, String report) {
        out.flush();
        err.println(report);
        err.flush();
        lastFailure = code;
    }

    private Outcome command(String command) {
        switch (command) {
            case ":quit", ":q", ":exit" -> {
                return Outcome.QUIT;
            }
            case ":help", ":h", ":?" -> out.println(HELP);
            default -> err.println("Unknown command " + command + "; :help lists the commands.");
        }
        out.flush();
        err.flush();
        return Outcome.CONTINUE;
    }
}
