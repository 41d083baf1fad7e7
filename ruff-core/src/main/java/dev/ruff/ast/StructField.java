package dev.ruff.ast;

import dev.ruff.diag.SourcePos;

/** A field declared in a struct body; {@code type} and {@code defaultValue} may be {@code null}. */
public record StructField(SourcePos pos, String name, TypeAnn type, Expr defaultValue) implements Node {
}
