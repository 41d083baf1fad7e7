/**
 * JMH benchmarks of the Ruff backends over the workloads in {@code benchmarks/workloads}; see
 * {@code benchmarks/README.md}.
 */
package dev.ruff.bench;
