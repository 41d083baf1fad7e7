package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.jit.Deoptimization;
import dev.ruff.vm.jit.JitAnalysis;
import dev.ruff.vm.jit.JitCodegen;
import dev.ruff.vm.jit.JitCompiler;
import dev.ruff.vm.jit.JitTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unboxed floats in compiled code ({@link JitTypes}: double locals), int/float mixing as the runtime's
 * operators define it, and the float guess of a {@code for} item with its deoptimisation: every outcome
 * (output, error, position, Ruff stack) equals the interpreter's, with every function compiled at its first
 * call and at the default threshold.
 */
class JitUnboxedFloatsTest {
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

    private static final String HALF_SUM = """
            func halfSum(items) {
                mut t := 0.0
                mut n := 0
                for v in items {
                    t := t + v * 0.5
                    n := n + 1
                }
                return [t, n]
            }
            mut floats := []
            for k in range(3000) { floats := push(floats, k + 0.25) }
            """;

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aFloatItemThatBecomesAnIntOrAStringMidLoopDeoptimisesAndContinuesExactly(int threshold) {
        long before = Deoptimization.count();
        String out = agreeing(threshold, HALF_SUM + """
                mut i := 0
                while i < 250 {
                    halfSum(floats)
                    i := i + 1
                }
                print(halfSum(floats))
                print(halfSum(push(floats, 3)))
                print(halfSum(push(push(floats, 0.5), -0.0)))
                print(halfSum(push(floats, "s")))
                """);
        assertTrue(out.startsWith("[2249625, 3000]\n[2249626.5, 3001]\n[2249625.25, 3002]\n!! "
                + "Invalid binary operation: string * float"), out);
        assertTrue(out.contains("function=halfSum"), "the Ruff stack names the deoptimised function: " + out);
        assertTrue(Deoptimization.count() >= before + 2,
                "the int guess met a float, then the float guess met an int");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aFunctionCalledOnceWithFloatsMovesIntoCompiledCodeAndBackOut(int threshold) {
        String out = agreeing(threshold, HALF_SUM + """
                mut xs := floats
                for k in range(20000) { xs := push(xs, k * 0.5) }
                print(halfSum(push(xs, 7)))
                print(halfSum(push(xs, [1])))
                """);
        assertTrue(out.contains("Invalid binary operation: array * float"), out);
    }

    @Test
    void aRunningFrameWhoseFloatRegisterHoldsAnIntAtTheLoopHeadStaysOnTheDispatchLoop() {
        // acc is an int when the loop gets hot; the compiled loop head would expect it to hold a float.
        String out = agreeing(DEFAULT_THRESHOLD, """
                func run(n, start) {
                    mut acc := start
                    mut x := 0.5
                    mut i := 0
                    while i < n {
                        x := x * 0.999 + 0.001
                        if i == 3 { acc := 0.0 }
                        acc := acc + x
                        i := i + 1
                    }
                    return [acc, x]
                }
                print(run(5000, 0.0))
                print(run(5000, 1))
                """);
        assertTrue(out.startsWith("["), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void aFloatOnTheLeftOfABoxedOperandStaysAFloatOrRaisesTheRuntimesError(int threshold) {
        String out = agreeing(threshold, """
                func scale(n, p) {
                    mut t := 0.5
                    for k in range(n) {
                        t := t * p + k
                        t := t / p - 1
                        t := t %% p
                    }
                    return t
                }
                mut i := 0
                while i < 250 {
                    scale(20, 3)
                    i := i + 1
                }
                print(scale(300, 3), scale(300, 0.75), scale(300, -2.5), scale(3, 9007199254740993))
                print(scale(300, 0.0))
                """.replace("%%", "%"));
        assertTrue(out.contains("!! Division by zero"), out);
        for (String p : new String[] {"\"s\"", "null", "[1]", "0"}) {
            String failing = agreeing(threshold, """
                    func scale(n, p) {
                        mut t := 0.5
                        for k in range(n) { t := t * 2.0 + k / 3; t := t - p }
                        return t
                    }
                    print(scale(300, 1))
                    print(scale(300, %s))
                    print(scale(300, 1))
                    """.formatted(p));
            assertTrue(failing.contains("!! ") || p.equals("0"), failing);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void edgeValuesPrintAndCompareAsTheRuntimeDefinesThem(int threshold) {
        String big = "1" + "0".repeat(308) + ".0";
        String out = agreeing(threshold, """
                func edges(n) {
                    mut big := %s
                    mut inf := big * 10.0
                    mut nan := inf - inf
                    mut zero := 0.0
                    mut negz := -zero
                    mut one := 1
                    print(inf, -inf, nan, negz, zero * -1.0, negz + 0.0, negz - 0.0, negz * negz, -negz)
                    print(nan < 1.0, nan > 1.0, nan == nan, nan != nan, nan <= nan, one < nan, one != nan)
                    print(inf > big, -inf < -big, inf == inf, inf - 1.0 == inf, negz == zero, negz < zero)
                    mut a := 7.5
                    mut b := 2.0
                    mut m := -7
                    print(a %% b, -a %% b, a %% -b, m %% 2.5, -m %% 2.5, a %% 2, inf %% b, 5.0 %% inf, negz %% b)
                    print(one / 2.0, m / 2, m / 2.0, 3 * 0.1, 0.1 + 0.2, 9007199254740993 + 0.0, b - one)
                    print(0.1 + 0.2 == 0.3, one == 1.0, 1.0 != one, 9007199254740993 == 9007199254740992.0)
                    print(1000000.0 * 1000000.0 * 1000000.0 * 1000.0, 0.1 * 0.1 * 0.1 * 0.0001, 100.0 / 3.0)
                    mut k := 0.0
                    mut steps := 0
                    for i in range(n) {
                        k := k + 0.1
                        if k >= 1.0 { steps := steps + 1 }
                    }
                    print(k, steps, k == 1.0 * n / 10, k < n)
                }
                edges(10)
                edges(1000)
                """.formatted(big));
        assertTrue(out.contains("inf -inf NaN -0 "), out);
        assertTrue(out.contains("false false false true false false true"), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, DEFAULT_THRESHOLD})
    void floatDivisionAndModuloByZeroRaiseTheRuntimesErrorAtTheSamePlace(int threshold) {
        String[][] cases = {{"1.5", "x := x / 0.0"}, {"1.5", "x := x % 0.0"}, {"1.5", "x := x / 0"},
                            {"1.5", "x := x % 0"}, {"7", "x := x / (k * 0.0)"}, {"7", "x := x % -0.0"},
                            {"2.5", "x := x / (k - k)"}, {"0.0", "x := k / (x * 0.0)"}};
        for (String[] c : cases) {
            String step = c[1];
            String source = """
                    func over(n) {
                        mut x := %s
                        for k in range(n) {
                            x := x + 1.0
                            %s
                        }
                        return x
                    }
                    print(over(0))
                    print(over(20))
                    """.formatted(c[0], step);
            String out = agreeing(threshold, source);
            assertTrue(out.contains("!! ") && out.contains("by zero"), step + " must fail: " + out);
        }
    }

    @Test
    void floatLocalsOfAFloatLoopAreKeptUnboxedAndAFloatItemGuessFollowsAFailedIntGuess() {
        FunctionProto main = JitCompilerTest.compile("""
                func mandel(size) {
                    mut inside := 0
                    for y in range(size) {
                        mut ci := y * 2.0 / size - 1.0
                        for x in range(size) {
                            mut cr := x * 2.0 / size - 1.5
                            mut zr := 0.0
                            mut zi := 0.0
                            mut i := 0
                            while i < 50 && zr * zr + zi * zi <= 4.0 {
                                mut t := zr * zr - zi * zi + cr
                                zi := 2.0 * zr * zi + ci
                                zr := t
                                i := i + 1
                            }
                            if i == 50 { inside := inside + 1 }
                        }
                    }
                    return inside
                }
                func total(items) {
                    mut t := 0.0
                    for v in items { t := t + v }
                    return t
                }
                """, "floats.ruff");
        for (FunctionProto fn : JitCompilerTest.nestedFunctions(main)) {
            JitAnalysis analysis = JitAnalysis.of(fn);
            JitTypes types = JitTypes.of(fn, analysis, true);
            assertTrue(types.typed(), fn.name());
            int[] heads = JitCodegen.loopHeads(fn.chunk().code(), analysis);
            int innermost = heads[heads.length - 1];
            // mandel: ci, cr, zr and zi (ci and cr divide by the boxed parameter); total: t
            int expected = fn.name().equals("mandel") ? 4 : 1;
            assertTrue(types.inFloat[innermost].cardinality() >= expected,
                    fn.name() + ": float locals unboxed at the innermost loop head, got " + types.inFloat[innermost]);
            assertTrue(JitCompiler.translate(fn) != null, fn.name() + " compiles");
        }
        FunctionProto total = JitCompilerTest.nestedFunctions(main).stream()
                .filter(f -> f.name().equals("total")).findFirst().orElseThrow();
        int[] code = total.chunk().code();
        int forNext = -1;
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            if (code[pc] == OpCode.FOR_NEXT) {
                forNext = pc;
            }
        }
        JitAnalysis analysis = JitAnalysis.of(total);
        assertTrue(JitTypes.of(total, analysis, true).guessesInt[forNext]);
        boolean[] floatItems = new boolean[code.length];
        floatItems[forNext] = true;
        total.chunk().floatItems = floatItems; // what a deoptimisation on a float item records
        JitTypes guessed = JitTypes.of(total, analysis, true);
        assertTrue(guessed.guessesFloat[forNext]);
        assertFalse(guessed.guessesInt[forNext]);
        assertFalse(JitTypes.of(total, analysis, false).guessesFloat[forNext], "no guesses after a failed one");
        assertTrue(JitCompiler.translate(total) != null);
    }
}
