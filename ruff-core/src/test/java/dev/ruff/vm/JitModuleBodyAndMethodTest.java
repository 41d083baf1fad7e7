package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffLimitExceeded.Limit;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the compile tier covers besides functions called often: module bodies (a top-level loop moves into
 * compiled code by on-stack replacement, its globals still going through the shared binding paths), loops of
 * functions called once, and legacy methods (fields bound as locals). Each test shows the compiled path was
 * taken ({@code compiled_frames()} and {@code compiled_module_frames()} count generated function and module
 * activations on the stack; {@link JitCompiler}'s counters count decisions) and that the output is the
 * dispatch loop's.
 */
class JitModuleBodyAndMethodTest {

    private static Runs.Outcome run(int threshold, String source) {
        return Runs.run(RuffEngine.builder().compileThreshold(threshold).module(new JitProbe()), source);
    }

    /**
     * Runs {@code source} with the compile tier off, at threshold 100 and at threshold 0: the two compiled runs
     * print {@code expectedCompiled} (where the probe differs), the run without compilation {@code expectedOff},
     * and no translation fails.
     */
    private static void agrees(String expectedOff, String expectedCompiled, String source) {
        long failures = JitCompiler.failures();
        assertEquals(expectedOff, run(-1, source).describe(), "compile tier off");
        assertEquals(expectedCompiled, run(100, source).describe(), "threshold 100");
        assertEquals(expectedCompiled, run(0, source).describe(), "threshold 0");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    // ------------------------------------------------------------------ module bodies

    @Test
    void aTopLevelLoopMovesIntoCompiledCodeAndSharesItsGlobalsWithFunctions() {
        long modules = JitCompiler.moduleBodiesCompiled();
        long replacements = JitCompiler.onStackReplacements();
        String source = """
                mut total := 0
                mut i := 0
                mut seen := 0
                func bump(n) { total := total + n }
                while i < 300000 {
                    bump(i % 5)
                    i := i + 1
                    if i == 299999 { seen := compiled_module_frames() }
                }
                print(total, i, seen)
                """;
        assertEquals("600000 300000 0\n", run(-1, source).describe());
        assertEquals(modules, JitCompiler.moduleBodiesCompiled(), "nothing compiled with the tier off");
        assertEquals("600000 300000 1\n", run(100, source).describe());
        assertTrue(JitCompiler.moduleBodiesCompiled() > modules, "the module body was compiled");
        assertTrue(JitCompiler.onStackReplacements() > replacements, "the module frame moved into compiled code");
    }

    @Test
    void topLevelLoopsWithBreakContinueBlocksAndDestructuringAgree() {
        agrees("[131, 780] 14 [1, 2] 0\n", "[131, 780] 14 [1, 2] 1\n", """
                mut evens := 0
                mut last := 0
                mut acc := []
                mut frames := 0
                for n in range(1000) {
                    if n % 2 == 1 { continue }
                    inner := n * 3;
                    [a, b] := [inner, n]
                    if b > 260 { break }
                    evens := evens + 1
                    last := a
                    frames := compiled_module_frames()
                }
                mut k := 0
                while true {
                    k := k + 1
                    if k > 7 { break }
                    acc := [k - 6, k - 5]
                }
                k := 0
                for p in [[1, 2], [3, 4]] {
                    [x, y] := p;
                    k := k + x * y
                }
                print([evens, last], k, acc, frames)
                """);
    }

    @Test
    void anExceptionInsideACompiledTopLevelLoopIsCaughtThereAndOneLeavingItKeepsItsPosition() {
        agrees("caught Division by zero at 777 frames 0\nafter 1000\n!! Division by zero @ test.ruff:11:8",
                "caught Division by zero at 777 frames 1\nafter 1000\n!! Division by zero @ test.ruff:11:8", """
                mut i := 0
                while i < 1000 {
                    i := i + 1
                    try {
                        if i == 777 { x := 1 / 0 }
                    } except e { print("caught", e.message, "at", i, "frames", compiled_module_frames()) }
                }
                print("after", i)
                mut j := 0
                while j < 1000 { j := j + 1
                  y := 1 / (j - 500) }
                print("not reached")
                """);
        Runs.Outcome compiled = run(0, "mut j := 0\nwhile true { j := j + 1\n if j == 500 { z := j / 0 } }\n");
        assertNotNull(compiled.error());
        assertTrue(compiled.error().stack().isEmpty(), "a top-level error has no Ruff frames: " + compiled.error().stack());
    }

    @Test
    void aTryUnwrapFailingAtTopLevelInCompiledCodeEndsTheModuleQuietly() {
        agrees("299 0\n", "299 1\n", """
                func check(n) {
                    if n < 300 { return Ok(n) }
                    return Err("too big")
                }
                mut i := 0
                mut frames := 0
                while true {
                    v := check(i)?
                    frames := compiled_module_frames()
                    i := i + 1
                    if i == 300 { print(v, frames) }
                }
                print("not reached")
                """);
    }

    @Test
    void limitsStopACompiledTopLevelLoop() {
        long modules = JitCompiler.moduleBodiesCompiled();
        try (RuffEngine engine = RuffEngine.builder().compileThreshold(0).maxSteps(200_000)
                .out(new StringWriter()).err(new StringWriter()).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class,
                    () -> engine.compile("mut i := 0\nwhile true { i := i + 1 }", "spin.ruff").run());
            assertEquals(Limit.STEPS, e.limit());
        }
        try (RuffEngine engine = RuffEngine.builder().compileThreshold(0).timeout(Duration.ofMillis(200))
                .out(new StringWriter()).err(new StringWriter()).build()) {
            RuffLimitExceeded e = assertThrows(RuffLimitExceeded.class,
                    () -> engine.compile("mut i := 0\nwhile true { try { i := i + 1 } except e { } }", "spin.ruff").run());
            assertEquals(Limit.TIMEOUT, e.limit());
        }
        assertTrue(JitCompiler.moduleBodiesCompiled() >= modules + 2, "both loops ran compiled");
    }

    @Test
    void aModuleBodyIsTranslatedWithItsGlobalAndImportInstructions() {
        FunctionProto main = JitCompilerTest.compile("""
                import math
                struct P { x: int }
                mut t := 0
                for i in range(10) { t := t + P { x: i }.x }
                print(t)
                """, "m.ruff");
        assertNull(JitCompiler.rejection(main));
        CompiledBody body = JitCompiler.translate(main, true);
        assertNotNull(body);
        assertTrue(body.returnPc() >= 0);
    }

    // ------------------------------------------------------------------ functions called once

    @Test
    void nestedWhileLoopsOfAFunctionCalledOnceRunCompiledWithTheirStateCarriedOver() {
        long replacements = JitCompiler.onStackReplacements();
        agrees("[5578, 7, 500, 4, false]\n", "[5578, 7, 500, 4, true]\n", """
                func outer(base) {
                    offset := base * 2
                    func run(n) {
                        mut total := 0
                        mut i := 0
                        mut hits := 0
                        count := func() { hits := hits + 1 }
                        mut frames := 0
                        while i < n {
                            mut j := 0
                            while j < n {
                                j := j + 1
                                if j % 3 == 0 { continue }
                                if j > i { break }
                                total := (total + i * j + offset) % 10007
                            }
                            if i % 125 == 0 { count() }
                            i := i + 1
                            frames := compiled_frames() > 0
                        }
                        return [total, base, i, hits, frames]
                    }
                    return run(500)
                }
                print(outer(7))
                """);
        assertTrue(JitCompiler.onStackReplacements() > replacements);
    }

    @Test
    void loopsOverIteratorsOnTheOperandStackCarryThemIntoCompiledCode() {
        agrees("[499500, 1000, false]\n", "[499500, 1000, true]\n", """
                func once(rows) {
                    mut sum := 0
                    mut count := 0
                    mut frames := 0
                    for row in rows {
                        for v in row {
                            sum := sum + v
                            count := count + 1
                        }
                        frames := compiled_frames() > 0
                    }
                    return [sum, count, frames]
                }
                mut rows := []
                mut r := 0
                while r < 10 {
                    mut row := []
                    for c in range(100) { row := push(row, r * 100 + c) }
                    rows := push(rows, row)
                    r := r + 1
                }
                print(once(rows))
                """);
    }

    // ------------------------------------------------------------------ legacy methods

    @Test
    void legacyMethodsAreCompiledWithTheReceiversFieldsAsLocals() {
        String source = """
                struct Acc {
                    total: int,
                    step: int,
                    func next(n) {
                        total := total + step * n
                        adder := func(k) { return k + step }
                        return [total, adder(1), compiled_frames() > 0]
                    }
                    func op_add(other) { return Acc { total: total + other.total, step: step } }
                }
                mut a := Acc { total: 1, step: 2 }
                mut out := []
                for i in range(300) { out := a.next(i) }
                b := a + Acc { total: 5, step: 0 }
                print(out, a.total, b.total)
                """;
        assertEquals("[599, 3, false] 1 6\n", run(-1, source).describe());
        assertEquals("[599, 3, true] 1 6\n", run(100, source).describe());
        assertEquals("[599, 3, true] 1 6\n", run(0, source).describe());
        FunctionProto next = JitCompilerTest.function(JitCompilerTest.compile(source, "acc.ruff"), "Acc.next");
        assertTrue(next.fieldNames().length > 0, "a legacy method");
        assertNull(JitCompiler.rejection(next));
    }

    @Test
    void aLegacyMethodWhoseFieldIsMissingFallsBackToTheGlobalAsOnTheDispatchLoop() {
        agrees("[g, 1] [g, 1]\n", "[g, 1] [g, 1]\n", """
                label := "g"
                struct S {
                    n: int,
                    label: string,
                    func show() { return [label, n] }
                }
                s := S { n: 1 }
                mut r := null
                for i in range(250) { r := s.show() }
                print(r, s.show())
                """);
    }
}
