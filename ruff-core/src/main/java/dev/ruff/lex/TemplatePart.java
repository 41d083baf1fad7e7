package dev.ruff.lex;

import dev.ruff.diag.SourcePos;

/**
 * One piece of an interpolated string: literal text (escapes already applied) or the raw source of a
 * {@code ${...}} expression, which the parser lexes and parses again.
 *
 * @param code true when {@code text} is expression source
 * @param text literal text or raw expression source
 * @param pos  position of the first character of {@code text} in the original file
 */
public record TemplatePart(boolean code, String text, SourcePos pos) {
}
