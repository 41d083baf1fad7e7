package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffLimitExceeded.Limit;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiled loops whose body is plain unboxed arithmetic count their back-edges in a local and pass them to
 * the run's guard in batches (RunGuard.backEdges): the limits must hold exactly as for loops that tick at
 * every iteration, including back-edges of activations that return before a batch is full.
 */
class JitLoopTicksTest {
    private static RuffEngine.Builder builder(int threshold) {
        return RuffEngine.builder().compileThreshold(threshold).out(new StringWriter()).err(new StringWriter());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200})
    void backEdgesOfShortLoopsCountAgainstTheStepBudget(int threshold) {
        // 20,000 calls of 100 iterations: 2 million back-edges, far over the budget, but only 40,000 calls
        // and outer iterations; each activation returns with fewer back-edges than a batch
        String source = """
                func count() {
                    mut i := 0
                    while i < 100 { i := i + 1 }
                    return i
                }
                mut total := 0
                for k in range(20000) { total := total + count() }
                print(total)
                """;
        try (RuffEngine engine = builder(threshold).maxSteps(500_000).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, () -> engine.compile(source, "short.ruff").run());
            assertEquals(Limit.STEPS, e.limit());
        }
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder(threshold).out(out).maxSteps(5_000_000).build()) {
            engine.compile(source, "short.ruff").run();
        }
        assertEquals("2000000\n", out.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200})
    void anEndlessArithmeticLoopStopsAtTheDeadline(int threshold) {
        String source = """
                func spin() {
                    mut i := 0
                    mut acc := 0
                    while true {
                        acc := acc + i % 7
                        i := i + 1
                    }
                }
                spin()
                """;
        long start = System.nanoTime();
        try (RuffEngine engine = builder(threshold).timeout(Duration.ofMillis(200)).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, () -> engine.compile(source, "spin.ruff").run());
            assertEquals(Limit.TIMEOUT, e.limit());
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "stopped near its deadline");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200})
    void aLoopWhoseConditionJoinsComparisonsWithAndCountsItsBackEdges(int threshold) {
        // `a && b` leaves a boolean that TRUTHY and JUMP_IF_FALSE test: neither can fail, so such a loop is
        // batched like any plain arithmetic loop, and its back-edges still count exactly
        String source = """
                func count(n) {
                    mut i := 0
                    mut x := 0.5
                    while i < n && x < 2.0 { i := i + 1 }
                    return i
                }
                print(count(300000))
                """;
        try (RuffEngine engine = builder(threshold).maxSteps(250_000).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, () -> engine.compile(source, "and.ruff").run());
            assertEquals(Limit.STEPS, e.limit());
        }
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder(threshold).out(out).maxSteps(400_000).build()) {
            engine.compile(source, "and.ruff").run();
        }
        assertEquals("300000\n", out.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200})
    void anEndlessArithmeticLoopStopsAtItsStepBudget(int threshold) {
        try (RuffEngine engine = builder(threshold).maxSteps(1_000_000).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class, () -> engine.compile(
                    "func spin() {\n mut i := 0\n while true { i := i + 1 }\n}\nspin()", "spin.ruff").run());
            assertEquals(Limit.STEPS, e.limit());
        }
    }
}
