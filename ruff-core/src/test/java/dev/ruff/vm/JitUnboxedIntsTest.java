package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.jit.Deoptimization;
import dev.ruff.vm.jit.JitAnalysis;
import dev.ruff.vm.jit.JitCodegen;
import dev.ruff.vm.jit.JitCompiler;
import dev.ruff.vm.jit.JitTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unboxed ints in compiled code ({@link JitTypes}) and the way back to the dispatch loop when a guess fails
 * mid-loop ({@link Deoptimization}): every outcome (output, error, position, Ruff stack) equals the
 * interpreter's, with every function compiled at its first call and at the default threshold.
 */
class JitUnboxedIntsTest {
    private static final int DEFAULT_THRESHOLD = 200;

    private static String interpreted(String source) {
        try (DifferentialEngine e = new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER))) {
            return e.run(source);
        }
    }

    private static String compiled(int threshold, String source) {
        try (DifferentialEngine e = new DifferentialEngine(RuffEngine.builder().compileThreshold(threshold))) {
            return e.run(source);
        }
    }

    /** Runs on the interpreter, the dispatch loop alone, and the compile tier at {@code threshold}; all agree. */
    private static String agreeing(int threshold, String source) {
        String expected = interpreted(source);
        assertEquals(expected, compiled(-1, source), "dispatch loop");
        assertEquals(expected, compiled(threshold, source), "compile tier at threshold " + threshold);
        return expected;
    }

    private static final String SUM_ALL = """
            func sumAll(items) {
                mut total := 0
                mut n := 0
                for v in items {
                    total := total + v
                    n := n + 1
                }
                return [total, n]
            }
            """;

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aForItemThatStopsBeingAnIntAfterTenThousandIterationsDeoptimisesAndContinuesExactly(int threshold) {
        long before = Deoptimization.count();
        String out = agreeing(threshold, SUM_ALL + """
                mut xs := range(10000)
                print(sumAll(xs))
                xs := push(xs, 1.5)
                print(sumAll(xs))
                xs := push(xs, 2)
                print(sumAll(xs))
                print(sumAll(push(range(10000), "a")))
                """);
        assertTrue(out.startsWith("[49995000, 10000]\n[49995001.5, 10001]\n[49995003.5, 10002]\n!! "
                + "Invalid binary operation: int + string"), out);
        assertTrue(out.contains("function=sumAll"), "the Ruff stack names the deoptimised function: " + out);
        assertTrue(Deoptimization.count() > before, "the float item failed the int guess mid-loop");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aFunctionCalledOnceDeoptimisesInsideTheLoopItMovedIntoByOnStackReplacement(int threshold) {
        long before = Deoptimization.count();
        String out = agreeing(threshold, SUM_ALL + """
                print(sumAll(push(range(20000), "x") ))
                """);
        assertTrue(out.contains("Invalid binary operation: int + string"), out);
        assertTrue(Deoptimization.count() > before);
    }

    @Test
    void aRunningFrameWhoseRegistersAreNotIntsAtTheLoopHeadStaysOnTheDispatchLoop() {
        // total is a float when the loop gets hot; the compiled loop head expects an int there.
        long before = Deoptimization.count();
        String out = agreeing(DEFAULT_THRESHOLD, SUM_ALL + """
                mut xs := [0.5]
                for k in range(5000) { xs := push(xs, k) }
                print(sumAll(xs))
                """);
        assertEquals("[12497500.5, 5001]\n", out);
        assertTrue(Deoptimization.count() > before);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void afterADeoptimisationTheFunctionIsCompiledAgainWithoutTheGuess(int threshold) {
        String source = """
                func count(items) {
                    mut n := 0
                    for v in items {
                        n := n + 1
                    }
                    return n
                }
                mut words := []
                for k in range(300) { words := push(words, "w") }
                mut i := 0
                while i < 300 {
                    count(range(300))
                    i := i + 1
                }
                print(count(words))
                i := 0
                while i < 300 {
                    count(words)
                    i := i + 1
                }
                print(count(range(1000)))
                """;
        assertEquals("300\n1000\n", interpreted(source));
        long before = Deoptimization.count();
        assertEquals("300\n1000\n", compiled(threshold, source));
        assertEquals(before + 1, Deoptimization.count(), "one failed guess, then code without it");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aModuleLevelLoopDeoptimisesWhenItsItemStopsBeingAnInt(int threshold) {
        String out = agreeing(threshold, """
                mut total := 0
                mut count := 0
                for v in push(push(range(5000), 0.25), "z") {
                    count := count + 1
                    total := total + v
                }
                """);
        assertTrue(out.contains("Invalid binary operation: float + string"), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void anUnboxedCounterComparedWithABoxedBoundKeepsTheRuntimesComparison(int threshold) {
        String out = agreeing(threshold, """
                func upTo(n) {
                    mut i := 0
                    mut s := 0
                    while i < n {
                        s := s + i
                        i := i + 1
                    }
                    return s
                }
                mut k := 0
                while k < 250 {
                    upTo(k)
                    k := k + 1
                }
                print(upTo(1000), upTo(10.5), upTo(-3), upTo(3000))
                print(upTo("x"))
                """);
        assertTrue(out.startsWith("499500 55 0 4498500\n!! "), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void deoptimisedFramesDeepInARecursionKeepCallingAndHitTheSameDepthLimit(int threshold) {
        String source = """
                func square(x) { return x * x }
                func walk(depth, items) {
                    mut total := 0
                    for v in items {
                        total := total + square(v)
                    }
                    if depth == 0 { return total }
                    return total + walk(depth - 1, items)
                }
                print(walk(40, range(300)))
                print(walk(40, push(range(300), 0.5)))
                print(walk(20000, push(range(3), 2)))
                """;
        String expected = interpreted(source);
        assertTrue(expected.startsWith("367157050\n367157060.25\n!! Maximum call stack depth"), expected);
        assertEquals(expected, compiled(-1, source));
        assertEquals(expected, compiled(threshold, source));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void intOverflowInAnUnboxedLoopRaisesTheRuntimesErrorAtTheSamePlace(int threshold) {
        String max = "9223372036854775800";
        String min = "-9223372036854775800";
        String[][] cases = {{max, "x := x + 1"}, {min, "x := x - 1"}, {max, "x := x * 2"}, {max, "x := x + k"},
                            {min, "x := x - k * k"}, {max, "x := x / 0"}, {max, "x := x % 0"}};
        for (String[] c : cases) {
            String step = c[1];
            String source = """
                    func over(n) {
                        mut x := %s
                        for k in range(n) {
                            %s
                        }
                        return x
                    }
                    print(over(1))
                    print(over(20))
                    """.formatted(c[0], step);
            String out = agreeing(threshold, source);
            assertTrue(out.contains("!! "), step + " must fail: " + out);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void boundaryArithmeticOnUnboxedIntsMatchesTheRuntime(int threshold) {
        String out = agreeing(threshold, """
                func edges() {
                    mut max := 9223372036854775807
                    mut min := -9223372036854775807 - 1
                    mut out := []
                    for d in [7, -7, 3, -3, 1, -1] {
                        out := push(out, [max / d, max % d, (min + 1) / d, (min + 1) % d, -17 / d, -17 % d, 17 % d])
                    }
                    print(min / 7, min % 7, min / -7, min % -7, min / 1, min % 1)
                    print(out)
                    print(max - 1 + 1, min + 1 - 1, max * 1, min * 1, -(min + 1))
                    mut t := 0
                    for i in range(1000) {
                        t := t + (i * i) % 13 - i / 7
                    }
                    print(t)
                    print(max + 1)
                }
                edges()
                """);
        assertTrue(out.contains("Integer overflow: 9223372036854775807 + 1"), out);
    }

    @Test
    void loopCountersAndAccumulatorsOfTheWorkloadsAreKeptUnboxed() {
        FunctionProto main = JitCompilerTest.compile("""
                func run() {
                    mut i := 0
                    mut total := 0
                    while i < 10000000 {
                        total := total + i
                        i := i + 1
                    }
                    return total
                }
                func nested() {
                    mut total := 0
                    for i in range(1000) {
                        for j in range(1000) {
                            total := total + (i * j) % 7
                        }
                    }
                    return total
                }
                """, "loops.ruff");
        for (FunctionProto fn : JitCompilerTest.nestedFunctions(main)) {
            JitAnalysis analysis = JitAnalysis.of(fn);
            JitTypes types = JitTypes.of(fn, analysis, true);
            assertTrue(types.typed(), fn.name());
            int[] heads = JitCodegen.loopHeads(fn.chunk().code(), analysis);
            int innermost = heads[heads.length - 1];
            assertTrue(types.in[innermost].cardinality() >= 2,
                    fn.name() + ": counter and total unboxed at the loop head, got " + types.in[innermost]);
            assertFalse(JitTypes.of(fn, analysis, false).guessesInt[innermost], "no guesses after a failed one");
            assertTrue(JitCompiler.translate(fn) != null, fn.name() + " compiles");
        }
    }
}
