/**
 * Plain-Java models of what one Ruff construct must do, each cost added one at a time, so that a gap between
 * Ruff and a peer can be priced rather than guessed: which part of a call or a loop iteration the language's
 * obligations (boxed values, overflow checks, a frame for the Ruff stack, the run limits) account for, and which
 * part is Ruff's own overhead. Results and conclusions: {@code ruff-core/src/main/java/dev/ruff/vm/PERFORMANCE.md}.
 */
package dev.ruff.bench.model;
