package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.exec.CallDepthExceeded;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiled code on the Java stack: deep recursion up to the configured call depth (on the engine's script
 * threads, however the call arrives), and on-stack replacement of a frame whose loop got hot.
 */
class JitStackAndOsrTest {
    private static final String DEPTH = """
            func depth(n) {
                if n == 0 { return compiled_frames() }
                return depth(n - 1)
            }
            """;

    private static RuffEngine engine(int threshold, int maxDepth, StringWriter out) {
        return RuffEngine.builder().compileThreshold(threshold).maxCallDepth(maxDepth).out(out)
                .err(new StringWriter()).module(new TestNatives()).module(new JitProbe()).build();
    }

    private static Runs.Outcome run(int threshold, String source) {
        return Runs.run(RuffEngine.builder().compileThreshold(threshold).module(new JitProbe()), source);
    }

    // ------------------------------------------------------------------ deep recursion

    @Test
    void compiledRecursionReachesTheConfiguredDepthOnTheScriptThread() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(0, 100_000, out)) {
            engine.compile(DEPTH + "print(depth(50000), on_script_thread())", "deep.ruff").run();
            assertEquals("50001 true\n", out.toString(), "every one of the 50,001 frames ran compiled");

            out.getBuffer().setLength(0);
            engine.compile(DEPTH + "print(depth(99999))", "deep.ruff").run();
            assertEquals("100000\n", out.toString(), "exactly the limit");

            RuffScript tooDeep = engine.compile(DEPTH + "try { depth(100000) } except e { print(\"caught\") }",
                    "deep.ruff");
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, tooDeep::run);
            assertInstanceOf(CallDepthExceeded.class, e);
            assertEquals("Maximum call stack depth of 100000 exceeded while calling depth", e.getMessage());
            assertEquals("100000\n", out.toString(), "not caught by the script's try");
        }
    }

    @Test
    void compiledRecursionThroughRuffContextCallRunsOnAScriptThreadToTheSameDepth() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(0, 100_000, out)) {
            RuffContext context = engine.newContext();
            engine.compile(DEPTH + "func where() { return on_script_thread() }", "deep.ruff").run(context);
            assertEquals(true, context.call("where"), "RuffContext.call runs on one of the engine's script threads");
            assertEquals(50_001L, context.call("depth", 50_000L));
            assertEquals(100_000L, context.call("depth", 99_999L));
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> context.call("depth", 100_000L));
            assertInstanceOf(CallDepthExceeded.class, e);
            assertEquals("Maximum call stack depth of 100000 exceeded while calling depth", e.getMessage());
            assertEquals(7L, context.call("depth", 6L), "the context stays usable");
        }
    }

    @Test
    void theSameDepthsHoldWithTheCompileTierOff() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = engine(-1, 100_000, out)) {
            engine.compile(DEPTH + "print(depth(99999))", "deep.ruff").run();
            assertEquals("0\n", out.toString());
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class,
                    () -> engine.compile(DEPTH + "depth(100000)", "deep.ruff").run());
            assertEquals("Maximum call stack depth of 100000 exceeded while calling depth", e.getMessage());
        }
    }

    @Test
    void offTheScriptThreadsOnlyShallowFramesRunCompiled() {
        StringWriter out = new StringWriter();
        JitCompilerTest.runDirectly(DEPTH + "print(depth(2000), on_script_thread())", 0, out);
        String[] printed = out.toString().trim().split(" ");
        long compiled = Long.parseLong(printed[0]);
        assertEquals("false", printed[1]);
        assertTrue(compiled > 0 && compiled <= 400, "compiled frames on a foreign thread: " + compiled);
    }

    // ------------------------------------------------------------------ on-stack replacement

    /** Runs {@code source} with threshold 100 and with compilation off; the outputs must be {@code expected}. */
    private static void osrAgrees(String expectedOff, String expectedOsr, String source) {
        long failures = JitCompiler.failures();
        assertEquals(expectedOff, run(-1, source).describe(), "compile tier off");
        assertEquals(expectedOsr, run(100, source).describe(), "threshold 100 (on-stack replacement)");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    @Test
    void aLoopOfAFunctionCalledOnceMovesIntoCompiledCodeWithTheSameResult() {
        osrAgrees("[2999997, 0]\n", "[2999997, 1]\n", """
                func sum(n) {
                    mut total := 0
                    mut i := 0
                    while i < n { total := total + i % 7
                        i := i + 1 }
                    return [total, compiled_frames()]
                }
                print(sum(1000000))
                """);
    }

    @Test
    void anErrorAfterOnStackReplacementIsCaughtByTheEnclosingTryExactlyOnce() {
        osrAgrees("caught Division by zero 999995\n[1, 999995, 0]\n", "caught Division by zero 999995\n[1, 999995, 1]\n",
                """
                func f(n) {
                    mut caught := 0
                    mut i := 0
                    try {
                        while i < n {
                            i := i + 1
                            if i == n - 5 { x := 1 / 0 }
                        }
                    } except e { caught := caught + 1
                        print("caught", e.message, i) }
                    return [caught, i, compiled_frames()]
                }
                print(f(1000000))
                """);
    }

    @Test
    void anErrorLeavingAReplacedFrameHasTheSameStackAndIsCaughtOnceByTheCaller() {
        String source = """
                func boom(i) { return i / 0 }
                func spin_to(n) {
                    mut i := 0
                    while i < n { i := i + 1
                        if i == n { boom(i) } }
                    return i
                }
                func caller(n) {
                    mut count := 0
                    try { spin_to(n) } except e { count := count + 1 }
                    return count
                }
                print(caller(300000))
                spin_to(300000)
                """;
        Runs.Outcome off = run(-1, source);
        Runs.Outcome osr = run(100, source);
        assertEquals("1\n", off.out());
        assertEquals(off.describe(), osr.describe());
        assertEquals(off.error().stack(), osr.error().stack());
        assertEquals(List.of("boom", "spin_to"), osr.error().stack().stream().map(s -> s.function()).toList());
    }

    @Test
    void aTryLeftAfterReplacementNoLongerCatchesAndTheErrorReachesTheCallerOnce() {
        osrAgrees("frames 0\ncaller caught Division by zero [main, f]\n",
                "frames 1\ncaller caught Division by zero [main, f]\n", """
                func f(n) {
                    mut i := 0
                    try {
                        while i < n { i := i + 1 }
                    } except e { print("stale handler", e.message) }
                    print("frames", compiled_frames())
                    return i / 0
                }
                func main() {
                    try { return f(300000) } except e { print("caller caught", e.message, e.stack) }
                    return null
                }
                main()
                """);
    }

    @Test
    void closuresCreatedBeforeTheLoopKeepSharingTheLocalsAfterReplacement() {
        osrAgrees("[1000000, 1000000, 3, 0]\n", "[1000000, 1000000, 3, 1]\n", """
                func h(n) {
                    mut count := 0
                    mut last := 0
                    inc := func() { count := count + 1 }
                    get := func() { return count }
                    mut i := 0
                    while i < n { inc()
                        last := i % 4
                        i := i + 1 }
                    return [get(), count, last, compiled_frames()]
                }
                print(h(1000000))
                """);
    }

    @Test
    void forRangeLoopsWithStringAccumulationAgreeAfterReplacement() {
        osrAgrees("[1000000, 499999500000, xx, 0]\n", "[1000000, 499999500000, xx, 1]\n", """
                func k(n) {
                    mut s := ""
                    mut t := 0
                    for x in range(n) { s := s + "x"
                        t := t + x }
                    return [len(s), t, s[0] + s[999999], compiled_frames()]
                }
                print(k(1000000))
                """);
    }

    @Test
    void nestedLoopsAndLoopsInsideTryAgreeAfterReplacement() {
        String source = """
                func grid(n) {
                    mut acc := []
                    mut total := 0
                    for a in range(n) {
                        try {
                            for b in range(n) {
                                if (a + b) % 97 == 0 { continue }
                                total := total + a * b
                                if b == a { break }
                            }
                            if a % 500 == 499 { throw("at " + to_string(a)) }
                        } except e { acc := push(acc, e.message) }
                    }
                    return [total, acc]
                }
                print(grid(1500))
                """;
        String off = run(-1, source).describe();
        assertTrue(off.contains("[\"at 499\", \"at 999\", \"at 1499\"]") || off.contains("[at 499, at 999, at 1499]"),
                off);
        assertEquals(off, run(100, source).describe());
        assertEquals(off, run(0, source).describe());
    }

    // ------------------------------------------------------------------ sharing

    @Test
    void concurrentRunsOfOneScriptShareCompiledCodeAndAgree() throws Exception {
        String source = """
                func step(x) { return (x * 31 + 7) % 1000 }
                func walk(n, seed) {
                    mut x := seed
                    mut i := 0
                    while i < n { x := step(x)
                        i := i + 1 }
                    return x
                }
                mut results := []
                for seed in 8 { results := push(results, walk(20000, seed)) }
                print(results)
                """;
        String expected = run(-1, source).describe();
        try (RuffEngine engine = RuffEngine.builder().compileThreshold(50).out(new StringWriter())
                .err(new StringWriter()).module(new TestNatives()).build()) {
            RuffScript script = engine.compile(source, "shared.ruff");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Object>> runs = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        RuffContext context = engine.newContext();
                        script.run(context);
                        return context.get("results");
                    }));
                }
                start.countDown();
                Object first = runs.get(0).get();
                for (java.util.concurrent.Future<Object> run : runs) {
                    assertEquals(first, run.get());
                }
                assertEquals(expected.trim(), first.toString());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
