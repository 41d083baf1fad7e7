package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import java.util.List;

/** A braced statement list; each block is its own lexical scope. */
public record Block(SourcePos pos, List<Stmt> statements) implements Node {
    public Block {
        statements = List.copyOf(statements);
    }
}
