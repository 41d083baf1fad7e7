/**
 * The language's own small vocabularies (operators, binding kinds) that the front end (parser, AST,
 * resolver) produces and the runtime and backends read, so the front end depends on nothing of the runtime.
 */
package dev.ruff.lang;
