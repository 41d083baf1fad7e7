package dev.ruff.ast;

/**
 * A type annotation as written ({@code int}, {@code Result<int, string>}). Parsed and kept for
 * tooling; Ruff ignores annotations at run time.
 */
public record TypeAnn(String text) {
}
