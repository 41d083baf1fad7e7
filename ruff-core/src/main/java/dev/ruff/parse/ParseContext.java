package dev.ruff.parse;

import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * State shared by the parser of a file and the sub-parsers of its {@code ${...}} interpolations:
 * the diagnostics collected so far and the nesting counters that keep recursion bounded.
 */
final class ParseContext {
    static final int MAX_EXPRESSION_DEPTH = 256;
    static final int MAX_BLOCK_DEPTH = 128;
    static final int MAX_LITERAL_ELEMENTS = 4096;
    static final String HELP = "Fix the parse error and rerun Ruff.";

    final String file;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    int expressionDepth;
    int blockDepth;

    ParseContext(String file) {
        this.file = file;
    }

    void report(String message, SourcePos pos) {
        diagnostics.add(new Diagnostic("RUFPARSE001", "parser", message, pos, HELP));
    }
}
