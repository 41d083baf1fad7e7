package dev.ruff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every workload once, as a plain script, on every backend and checks what it prints, so the
 * programs the benchmarks time are known to be correct. Timing is not checked here: performance
 * targets live in benchmarks/RESULTS.md, never in unit tests.
 */
class WorkloadResultsTest {

    static Stream<Arguments> workloadsOnEveryBackend() {
        return Workload.names().stream()
                .flatMap(name -> Arrays.stream(BackendType.values()).map(backend -> Arguments.of(name, backend)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("workloadsOnEveryBackend")
    void scriptPrintsTheExpectedResult(String name, BackendType backend) {
        Workload workload = Workload.load(name);
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            engine.compile(workload.source(), workload.fileName()).run(engine.newContext());
        }
        assertEquals(workload.expected() + "\n", out.toString());
    }

    @Test
    void defineOnlyModeDefinesRunWithoutPrinting() {
        Workload workload = Workload.load("fib");
        try (DefinedWorkload defined = DefinedWorkload.define(workload, BackendType.INTERPRETER)) {
            assertEquals(832040L, defined.callRun());
        }
    }

    @Test
    void everyWorkloadIsABenchmarkParameter() throws NoSuchFieldException {
        String[] params = WorkloadBenchmark.class.getField("workload")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertEquals(Workload.names(), Arrays.stream(params).sorted().toList());
        assertFalse(Workload.names().isEmpty());
    }
}
