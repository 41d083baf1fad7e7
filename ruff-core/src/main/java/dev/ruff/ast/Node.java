package dev.ruff.ast;

import dev.ruff.diag.SourcePos;

/**
 * Every syntax tree node: immutable, with the source position of its first token.
 * Passes key side tables by node identity (never by record equality, which is deep).
 */
public sealed interface Node permits Expr, Stmt, Pattern, Block, FunctionNode, Param, MatchCase, StructField {
    SourcePos pos();
}
