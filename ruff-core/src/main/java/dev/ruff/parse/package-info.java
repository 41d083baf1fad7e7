/**
 * Parsing of Ruff source into the {@link dev.ruff.ast} tree (§2 of the language reference). The public
 * entry point is {@link dev.ruff.parse.RuffParser}; everything else is internal.
 */
package dev.ruff.parse;
