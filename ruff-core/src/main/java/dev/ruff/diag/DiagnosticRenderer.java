package dev.ruff.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders lexer, parser and resolver diagnostics and uncaught runtime errors for people: the header,
 * the {@code file:line:column} location, the source line with a caret under the column (when the
 * source is known), the help line and, for runtime errors, the Ruff call stack.
 * <pre>
 * [RUFPARSE001] [parser] error: Expected ')' to close function call arguments but found Eof
 *   --&gt; main.ruff:1:10
 *    |
 *  1 | print("a" 2)
 *    |           ^
 *   = help: Fix the parse error and rerun Ruff.
 * </pre>
 * Both backends report runtime errors under one header, {@value #RUNTIME_ERROR_CODE} with subsystem
 * {@value #RUNTIME_ERROR_SUBSYSTEM}, the header upstream's default backend prints: a user should not
 * have to care which backend ran the script.
 */
public final class DiagnosticRenderer {
    /** The code of every uncaught runtime error report. */
    public static final String RUNTIME_ERROR_CODE = "RUFVM001";
    /** The subsystem tag of every uncaught runtime error report. */
    public static final String RUNTIME_ERROR_SUBSYSTEM = "vm";

    private static final String RED = "\u001b[1;31m";
    private static final String BLUE = "\u001b[1;34m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    /** The text of a source file by the name it was compiled under, or {@code null} when unknown. */
    @FunctionalInterface
    public interface SourceLookup {
        String source(String file);
    }

    private final SourceLookup sources;
    private final boolean colour;

    /**
     * @param sources where source lines come from; {@code null} renders no source lines
     * @param colour  whether to add ANSI colours (only for a terminal that wants them)
     */
    public DiagnosticRenderer(SourceLookup sources, boolean colour) {
        this.sources = sources;
        this.colour = colour;
    }

    /** A renderer that shows the source line of diagnostics in {@code source}, compiled as {@code file}. */
    public static DiagnosticRenderer forSource(String file, String source) {
        return new DiagnosticRenderer(f -> f.equals(file) ? source : null, false);
    }

    /** One diagnostic, without a trailing newline. */
    public String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(paint(RED, "[" + d.code() + "]")).append(" [").append(d.subsystem()).append("] ")
                .append(paint(RED, "error")).append(": ").append(paint(BOLD, d.message()));
        appendLocation(sb, d.pos(), d.pos() == null ? "" : d.pos().file());
        if (d.help() != null) {
            sb.append("\n  = help: ").append(d.help());
        }
        return sb.toString();
    }

    /** Several diagnostics separated by blank lines, without a trailing newline. */
    public String render(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(this::render).collect(Collectors.joining("\n\n"));
    }

    /**
     * The uncaught runtime error report (LANGUAGE.md §5.2, with real positions), without a trailing
     * newline:
     * <pre>
     * [RUFVM001] [vm] Runtime Error: Undefined variable: x
     *   --&gt; main.ruff:3:5
     *    |
     *  3 | print(x)
     *    |       ^
     *
     * Call stack:
     *   0 at inner (main.ruff:3:5)
     * </pre>
     *
     * @param file the script name, shown when the error carries no position
     */
    public String renderRuntimeError(RuffRuntimeError error, String file) {
        StringBuilder sb = new StringBuilder();
        sb.append(paint(RED, "[" + RUNTIME_ERROR_CODE + "]")).append(" [").append(RUNTIME_ERROR_SUBSYSTEM)
                .append("] ").append(paint(RED, "Runtime Error")).append(": ").append(paint(BOLD, error.getMessage()));
        appendLocation(sb, error.pos(), file);
        if (!error.stack().isEmpty()) {
            sb.append("\n\nCall stack:");
            for (String line : error.stackLines()) {
                sb.append("\n  ").append(line);
            }
        }
        return sb.toString();
    }

    private void appendLocation(StringBuilder sb, SourcePos pos, String fallback) {
        sb.append('\n').append(paint(BLUE, "  -->")).append(' ').append(pos != null ? pos.toString() : fallback);
        if (pos == null || pos.line() < 1 || sources == null) {
            return;
        }
        String source = sources.source(pos.file());
        String line = source == null ? null : line(source, pos.line());
        if (line == null) {
            return;
        }
        String number = Integer.toString(pos.line());
        String gutter = " ".repeat(number.length() + 2);
        sb.append('\n').append(gutter).append(paint(BLUE, "|"));
        sb.append('\n').append(paint(BLUE, " " + number + " |")).append(line.isEmpty() ? "" : " " + line);
        sb.append('\n').append(gutter).append(paint(BLUE, "|")).append(' ')
                .append(caretPadding(line, pos.column())).append(paint(RED, "^"));
    }

    /** The 1-based {@code number}th line of {@code source} without its line break, or null past the end. */
    private static String line(String source, int number) {
        int start = 0;
        for (int i = 1; i < number; i++) {
            int next = source.indexOf('\n', start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        int end = source.indexOf('\n', start);
        String text = source.substring(start, end < 0 ? source.length() : end);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Spaces up to the column, keeping the line's tabs so the caret lines up however tabs are shown. */
    private static String caretPadding(String line, int column) {
        StringBuilder pad = new StringBuilder();
        int col = 1;
        for (int i = 0; i < line.length() && col < column; i += Character.charCount(line.codePointAt(i)), col++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        while (col < column) {
            pad.append(' ');
            col++;
        }
        return pad.toString();
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }
}
