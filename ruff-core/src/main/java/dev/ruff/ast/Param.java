package dev.ruff.ast;

import dev.ruff.diag.SourcePos;

/** A function parameter; {@code type} may be {@code null}. The name may be {@code self} in methods. */
public record Param(SourcePos pos, String name, TypeAnn type) implements Node {
}
