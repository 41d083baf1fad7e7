package dev.ruff.ast;

import dev.ruff.diag.SourcePos;

/**
 * One {@code case P: {...}} or {@code case P(b): {...}} clause.
 *
 * @param pattern the pattern text as written: {@code Ok}, {@code Result::Err}, {@code Color::Red}, {@code red}
 * @param binding the payload variable, or {@code null}
 */
public record MatchCase(SourcePos pos, String pattern, String binding, Block body) implements Node {
}
