package dev.ruff.ast;

import java.util.List;

/** A parsed source file: its name and top-level statements. */
public record Program(String file, List<Stmt> statements) {
    public Program {
        statements = List.copyOf(statements);
    }
}
