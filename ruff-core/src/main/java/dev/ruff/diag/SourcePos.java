package dev.ruff.diag;

/**
 * A position in a Ruff source file: 1-based line and column (a tab counts as one column).
 *
 * @param file   the name the script was compiled under (a path or a host-chosen label)
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourcePos(String file, int line, int column) {

    /** Position used for values created outside any script (natives, the host). */
    public static final SourcePos NONE = new SourcePos("<native>", 0, 0);

    /** Renders as {@code file:line:column}, the form every diagnostic uses. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
