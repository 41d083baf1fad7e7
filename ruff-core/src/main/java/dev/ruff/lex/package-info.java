/**
 * Lexical analysis of Ruff source (§1 of the language reference): {@link dev.ruff.lex.Lexer} turns text
 * into {@link dev.ruff.lex.Token}s and collects {@code RUFLEX001}–{@code RUFLEX010} diagnostics.
 */
package dev.ruff.lex;
