/**
 * The peers Ruff is measured against in {@code PeerBenchmark}: plain Java, Rhino in compiled mode,
 * Nashorn standalone and LuaJ, each running its twin of a workload (see {@code benchmarks/README.md}).
 * These engines are dependencies of the benchmarks module only.
 */
package dev.ruff.bench.peer;
