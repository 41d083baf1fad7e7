package dev.ruff.diag;

import java.util.List;
import java.util.stream.Collectors;

/** A script that cannot run: one or more lexer, parser or resolver diagnostics, all reported together. */
public final class RuffSyntaxError extends RuffException {
    private final List<Diagnostic> diagnostics;

    public RuffSyntaxError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "syntax error" : diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic, in source order of discovery. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics rendered, separated by blank lines. */
    public String render() {
        return diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n\n"));
    }
}
