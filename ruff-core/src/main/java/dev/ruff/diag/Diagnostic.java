package dev.ruff.diag;

/**
 * One lexer, parser or resolver finding, rendered the way upstream Ruff prints it:
 * <pre>
 * [RUFPARSE001] [parser] error: Expected expression
 *   --&gt; file.ruff:2:1
 *   = help: Fix the parse error and rerun Ruff.
 * </pre>
 *
 * @param code      stable code such as {@code RUFLEX003} or {@code RUFPARSE001}
 * @param subsystem {@code lexer}, {@code parser} or {@code resolver}
 * @param message   the exact message text
 * @param pos       where it was found
 * @param help      one line of advice, or {@code null}
 */
public record Diagnostic(String code, String subsystem, String message, SourcePos pos, String help) {

    /** The multi-line report for a terminal or log, without a trailing newline. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(code).append("] [").append(subsystem).append("] error: ").append(message);
        sb.append("\n  --> ").append(pos);
        if (help != null) {
            sb.append("\n  = help: ").append(help);
        }
        return sb.toString();
    }
}
