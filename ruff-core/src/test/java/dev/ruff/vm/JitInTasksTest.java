package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import org.junit.jupiter.api.Test;

/**
 * Code an async task runs besides its own body is compiled like any other: a hot function the task calls, a
 * hot loop in a function the task calls (on-stack replacement), across awaits that resume the task on
 * another pool thread. (The task's own body runs compiled between its suspension points: see
 * {@code CompiledAsyncBodyTest}.) Every test compares with the tree-walking interpreter and with the compile tier off; {@code compiled_frames()}
 * ({@link JitProbe}) shows whether compiled code was on the stack.
 */
class JitInTasksTest {

    private static String vm(int threshold, String source) {
        return Runs.run(RuffEngine.builder().compileThreshold(threshold).module(new JitProbe()), source).describe();
    }

    private static String interpreter(String source) {
        return Runs.run(RuffEngine.builder().backend(BackendType.INTERPRETER).module(new JitProbe()), source)
                .describe();
    }

    /** Same output (apart from the probe's figures) on the interpreter, and with the tier off, at 100 and at 0. */
    private static void agrees(String expectedOff, String expectedCompiled, String source) {
        long failures = JitCompiler.failures();
        assertEquals(expectedOff, vm(-1, source), "compile tier off");
        assertEquals(expectedCompiled, vm(100, source), "threshold 100");
        assertEquals(expectedCompiled, vm(0, source), "threshold 0");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    @Test
    void aHotFunctionCalledByATaskRunsCompiledBeforeAndAfterAnAwait() {
        String source = """
                func square(x) { return [x * x, compiled_frames() > 0] }
                async func half(x) { return x / 2 }
                async func work(n) {
                    mut total := 0
                    mut before := false
                    mut i := 0
                    while i < n {
                        [v, c] := square(i)
                        total := total + v
                        before := c
                        i := i + 1
                    }
                    h := await half(total);
                    [w, after] := square(3)
                    return [total, h, w, before, after]
                }
                print(await work(500))
                """;
        agrees("[41541750, 20770875, 9, false, false]\n", "[41541750, 20770875, 9, true, true]\n", source);
        assertEquals("[41541750, 20770875, 9, false, false]\n", interpreter(source).replace("true", "false"));
    }

    @Test
    void aLoopInAFunctionCalledOnceByATaskMovesIntoCompiledCode() {
        long replacements = JitCompiler.onStackReplacements();
        String source = """
                func count(n) {
                    mut total := 0
                    mut seen := false
                    for i in range(n) {
                        total := total + i % 7
                        if i == n - 1 { seen := compiled_frames() > 0 }
                    }
                    return [total, seen]
                }
                async func task() { return count(100000) }
                a := task()
                b := task()
                print([await a, await b])
                """;
        agrees("[[299995, false], [299995, false]]\n", "[[299995, true], [299995, true]]\n", source);
        assertTrue(JitCompiler.onStackReplacements() > replacements, "the loop moved into compiled code");
    }

    @Test
    void anAwaitInsideATaskLoopStillSuspendsWhileItsCalleesRunCompiled() {
        String source = """
                func step(x) { return x + 1 }
                async func echo(x) { return x }
                async func task(n) {
                    mut total := 0
                    for i in range(n) {
                        total := total + await echo(step(i))
                    }
                    return total
                }
                a := task(10)
                b := task(20)
                print(await task(300), [await a, await b])
                """;
        String expected = "45150 [55, 210]\n";
        agrees(expected, expected, source);
        assertEquals(expected, interpreter(source));
    }

    @Test
    void deepRecursionInATaskFallsBackToHeapFramesWithoutAJavaStackOverflow() {
        String source = """
                func depth(n) { if n == 0 { return 0 }
                    return 1 + depth(n - 1) }
                async func task(n) { return depth(n) }
                print(await task(5000))
                try { await task(1000000) } except e { print(e.message) }
                """;
        String off = vm(-1, source);
        assertEquals(off, vm(100, source));
        assertEquals(off, vm(0, source));
        assertEquals("5000\n", off.lines().findFirst().orElseThrow() + "\n");
    }
}
