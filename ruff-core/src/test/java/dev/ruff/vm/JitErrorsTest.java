package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import dev.ruff.exec.CallDepthExceeded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Errors in compiled code: the same message, position and Ruff stack as the interpreter and the dispatch loop,
 * and try/except in compiled functions behaving as it does there.
 */
class JitErrorsTest {

    /** The configurations every script is compared across; each adds {@link JitProbe}. */
    private static Map<String, RuffEngine.Builder> configurations(int partialThreshold) {
        Map<String, RuffEngine.Builder> all = new LinkedHashMap<>();
        all.put("interpreter", RuffEngine.builder().backend(BackendType.INTERPRETER).module(new JitProbe()));
        all.put("vm, compile tier off", RuffEngine.builder().compileThreshold(-1).module(new JitProbe()));
        all.put("vm, compile at first call", RuffEngine.builder().compileThreshold(0).module(new JitProbe()));
        all.put("vm, threshold " + partialThreshold,
                RuffEngine.builder().compileThreshold(partialThreshold).module(new JitProbe()));
        return all;
    }

    /** Message, position and every stack frame of the error a script stopped with. */
    private static String errorOf(Runs.Outcome o) {
        RuffRuntimeError e = o.error();
        assertNotNull(e, () -> "expected an error, got output " + o.out());
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " @ " + e.pos() + " stack "
                + e.stack().stream().map(s -> s.function() + " " + s.pos()).collect(Collectors.joining(" <- "));
    }

    /** Runs {@code source} in every configuration; asserts the error agrees everywhere; returns each outcome. */
    private static Map<String, Runs.Outcome> agreeOnError(String source, int partialThreshold) {
        return agreeOnError(source, partialThreshold, RuffEngine.DEFAULT_MAX_CALL_DEPTH);
    }

    /** As {@link #agreeOnError(String, int)}, with the call depth limited to {@code maxCallDepth} everywhere. */
    private static Map<String, Runs.Outcome> agreeOnError(String source, int partialThreshold, int maxCallDepth) {
        long failures = JitCompiler.failures();
        Map<String, Runs.Outcome> outcomes = new LinkedHashMap<>();
        configurations(partialThreshold).forEach((name, builder) ->
                outcomes.put(name, Runs.run(builder.maxCallDepth(maxCallDepth), source)));
        String reference = errorOf(outcomes.get("interpreter"));
        outcomes.forEach((name, o) -> assertEquals(reference, errorOf(o), name));
        RuffRuntimeError e = outcomes.get("interpreter").error();
        outcomes.forEach((name, o) -> {
            assertEquals(e.pos(), o.error().pos(), name);
            assertEquals(e.stack(), o.error().stack(), name);
        });
        if (!source.contains("compiled_frames")) {
            String out = outcomes.get("interpreter").out();
            outcomes.forEach((name, o) -> assertEquals(out, o.out(), name));
        }
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
        return outcomes;
    }

    /** Runs {@code source} in every configuration and asserts each prints {@code expected} (no error). */
    private static void allPrint(String expected, String source) {
        long failures = JitCompiler.failures();
        configurations(2).forEach((name, builder) -> assertEquals(expected, Runs.run(builder, source).describe(), name));
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    // ------------------------------------------------------------------ error positions and stacks

    @Test
    void errorInCompiledCalleeOfCompiledCallerOfInterpretedCodeHasTheSameStack() {
        String source = """
                func inner(x) {
                    here := compiled_frames()
                    print("frames", here)
                    return 10 / x
                }
                func middle(x) { y := x * 2
                    return inner(y) + 1 }
                func outer(x) {
                    a := middle(x)
                    return a
                }
                for i in 3 { middle(i + 1) }
                outer(0)
                """;
        Map<String, Runs.Outcome> outcomes = agreeOnError(source, 3);
        RuffRuntimeError e = outcomes.get("interpreter").error();
        assertEquals("Division by zero", e.getMessage());
        assertEquals(List.of("inner", "middle", "outer"), e.stack().stream().map(StackEntry::function).toList());
        assertEquals("test.ruff:4:12", e.pos().toString());
        // middle and inner are hot after the warm-up, outer is called once: two compiled frames at the raise
        assertTrue(outcomes.get("vm, threshold 3").out().endsWith("frames 2\n"), outcomes.get("vm, threshold 3").out());
        assertTrue(outcomes.get("vm, compile at first call").out().endsWith("frames 3\n"));
        assertTrue(outcomes.get("vm, compile tier off").out().endsWith("frames 0\n"));
    }

    @Test
    void errorInAClosureCalledBackByANativeHasTheSameStack() {
        String source = """
                func scale(xs, k) {
                    return map(xs, func(x) { return k / (x - 2) })
                }
                func run(xs) { return scale(xs, 10) }
                print(run([1, 3]))
                try { run([1, 2]) } except e { print(e.message, e.stack) }
                run([4, 2, 1])
                """;
        Map<String, Runs.Outcome> outcomes = agreeOnError(source, 2);
        String reference = outcomes.get("interpreter").out();
        assertTrue(reference.startsWith("[-10, 10]\nDivision by zero"), reference);
        outcomes.forEach((name, o) -> assertEquals(reference, o.out(), name));
        assertEquals(List.of("<lambda>", "scale", "run"),
                outcomes.get("interpreter").error().stack().stream().map(StackEntry::function).toList());
    }

    @Test
    void failingNativesAndMethodsReportTheirPositionFromCompiledCode() {
        String[] sources = {
            "func f(x) { return len(x) }\nfunc g() { return f([1]) + f(5) }\nprint(g())",
            "struct P { x: int, func get(self) { return self.x.y } }\nfunc g(p) { return p.get() }\ng(P { x: 1 })",
            "func f(d) { return d[\"missing\"] + 1 }\nfunc g() { return f({\"a\": 1}) }\ng()",
            "func f(n) { throw(\"custom \" + to_string(n)) }\nfunc g() { return f(4) }\ng()",
            "func f(a, b) { return a + b }\nfunc g() { return f(1) }\ng()",
            "func f(xs) { mut t := 0\n for x in xs { t := t + x }\n return t }\nprint(f([1, 2]))\nf([1, \"a\"])",
        };
        for (String source : sources) {
            agreeOnError(source, 0);
        }
    }

    // ------------------------------------------------------------------ try/except in compiled code

    @Test
    void compiledTryCatchesErrorsOfCompiledCalleesAndNatives() {
        allPrint("caught Division by zero\n5\ncaught native\nnested caught Division by zero\n", """
                func boom(x) { return 10 / x }
                func guarded(x) {
                    try { return boom(x) } except e { return "caught " + e.message }
                }
                func viaNative(x) {
                    try { return len(x) } except e { return "caught native" }
                }
                func viaCallback(xs) {
                    try { return map(xs, func(v) { return boom(v) }) } except e { return "nested caught " + e.message }
                }
                for i in 3 { guarded(1) }
                print(guarded(0))
                print(guarded(2))
                print(viaNative(7))
                print(viaCallback([1, 0]))
                """);
    }

    @Test
    void errorsInTheExceptBlockPropagateToTheCaller() {
        String source = """
                func boom(x) { return 10 / x }
                func retry(x) {
                    try { return boom(x) } except e { throw("again: " + e.message) }
                }
                func top(x) { return retry(x) }
                for i in 3 { top(1) }
                try { top(0) } except e { print(e.message) }
                top(0)
                """;
        Map<String, Runs.Outcome> outcomes = agreeOnError(source, 2);
        outcomes.forEach((name, o) -> assertEquals("again: Division by zero\n", o.out(), name));
        assertEquals("again: Division by zero", outcomes.get("interpreter").error().getMessage());
    }

    @Test
    void nestedTryBlocksEachCatchTheirOwnErrors() {
        allPrint("a c d:inner | a b e\n", """
                func boom(x) { return 10 / x }
                func nested(x) {
                    mut log := ""
                    try {
                        try {
                            log := log + "a "
                            boom(x)
                            log := log + "b "
                        } except e {
                            log := log + "c "
                            throw("inner")
                        }
                        log := log + "e"
                    } except e2 { log := log + "d:" + e2.message }
                    return log
                }
                print(nested(0) + " | " + nested(1))
                """);
    }

    @Test
    void breakContinueAndReturnLeaveTryBlocksInLoopsWithHandlersBalanced() {
        allPrint("[0, 2, 3] 3\nouter: Division by zero\nlast: Division by zero\n", """
                func loops(n) {
                    mut out := []
                    for i in n {
                        try {
                            if i == 1 { continue }
                            if i == 4 { break }
                            out := push(out, i)
                        } except e { out := push(out, "wrong") }
                    }
                    mut j := 0
                    while true {
                        j := j + 1
                        try { if j == 3 { return [out, j] } } except e { print("wrong") }
                    }
                }
                func after(n) {
                    for i in n { try { if i == 1 { break } } except e { print("stale handler") } }
                    return 1 / 0
                }
                func last() {
                    mut k := 0
                    while k < 5 { k := k + 1
                        try { if k == 2 { continue } } except e { print("stale") } }
                    try { return 1 / 0 } except e { return "last: " + e.message }
                }
                r := loops(10)
                print(r[0], r[1])
                try { after(3) } except e { print("outer: " + e.message) }
                print(last())
                """);
    }

    @Test
    void callDepthExceededIsNotCaughtByTryInCompiledCode() {
        String[] sources = {
            """
            func down(n) { return down(n + 1) }
            func guard() { try { down(0) } except e { print("caught") }
                return "no" }
            guard()
            """,
            """
            func down(n) { return apply(func(x) { return down(x) }, n + 1) }
            func guard() { try { down(0) } except e { print("caught") }
                return "no" }
            guard()
            """,
        };
        for (String source : sources) {
            for (int threshold : new int[] {0, 50}) {
                Runs.Outcome o = Runs.run(RuffEngine.builder().compileThreshold(threshold).maxCallDepth(3000), source);
                assertInstanceOf(CallDepthExceeded.class, o.error(), o::describe);
                assertEquals("", o.out());
                assertTrue(o.error().getMessage().startsWith("Maximum call stack depth of 3000 exceeded while calling "),
                        o.error().getMessage());
                assertFalse(o.error().catchable());
            }
        }
    }

    @Test
    void theExceptValueCarriesTheStackOfTheCompiledRaise() {
        String source = """
                func boom(x) { return 10 / x }
                func mid(x) { return boom(x) }
                func show(x) {
                    try { mid(x) } except e { return [e.message, e.stack] }
                    return "none"
                }
                for i in 3 { show(1) }
                print(show(0))
                """;
        String interp = Runs.run(RuffEngine.builder().backend(BackendType.INTERPRETER), source).describe();
        assertTrue(interp.contains("Division by zero") && interp.contains("boom"), interp);
        for (int threshold : new int[] {-1, 0, 2}) {
            assertEquals(interp, Runs.run(RuffEngine.builder().compileThreshold(threshold), source).describe(),
                    "threshold " + threshold);
        }
    }

    // ------------------------------------------------------------------ errors in code called back from compiled code

    /**
     * {@code warm} makes a call back ({@code apply}) and returns, so a VM whose current frame were not set again
     * at the next call back would link it to warm's finished frame: the stacks below would gain a "warm" entry.
     */
    private static final String WARM = """
            func bump(v) { return v + 1 }
            func warm(x) { return apply(bump, x) }
            """;

    private static List<String> functions(Runs.Outcome o) {
        return o.error().stack().stream().map(StackEntry::function).toList();
    }

    @Test
    void errorInAClosurePassedToANativeAfterAnotherCallBackHasTheCallerStack() {
        Map<String, Runs.Outcome> outcomes = agreeOnError(WARM + """
                func scale(xs, k) {
                    w := warm(1)
                    return map(xs, func(x) { return k / (x - w) })
                }
                func run(xs) { return scale(xs, 10) }
                print(run([1, 3]))
                for i in 3 { run([4]) }
                try { run([1, 2]) } except e { print(e.message, e.stack) }
                run([4, 2, 1])
                """, 2);
        assertEquals(List.of("<lambda>", "scale", "run"), functions(outcomes.get("interpreter")));
        assertTrue(outcomes.get("interpreter").out().startsWith("[-10, 10]\nDivision by zero"));
    }

    @Test
    void errorInACallBackFromTheDispatchLoopAfterCompiledCodeCalledBackHasTheCallerStack() {
        // The module body (no loop, so no on-stack replacement) runs on the dispatch loop; warm, compiled at
        // threshold 0 and by its third call at threshold 2, calls back and leaves the VM's frame behind.
        Map<String, Runs.Outcome> outcomes = agreeOnError(WARM + """
                func pick(xs) { return xs }
                warm(0)
                warm(0)
                w := warm(1)
                print(map(pick([3, 4]), func(x) { return 10 / (x - w) }))
                map(pick([3, 2]), func(x) { return 10 / (x - w) })
                """, 2);
        assertEquals(List.of("<lambda>"), functions(outcomes.get("interpreter")));
    }

    @Test
    void errorInAComparatorCalledBackBySortHasTheCallerStack() {
        Map<String, Runs.Outcome> outcomes = agreeOnError(WARM + """
                func by_ratio(xs, d) {
                    w := warm(0)
                    return sort_by(xs, func(a, b) { return a < b + 0 * (1 / (d - w)) })
                }
                func sorted(xs, d) { return by_ratio(xs, d) }
                print(sorted([3, 1, 2], 3))
                for i in 3 { sorted([5, 4], 2) }
                sorted([3, 1, 2], 1)
                """, 2);
        assertEquals(List.of("<lambda>", "by_ratio", "sorted"), functions(outcomes.get("interpreter")));
        assertEquals("[1, 2, 3]\n", outcomes.get("interpreter").out());
    }

    @Test
    void errorInAnOperatorOverloadCalledFromCompiledCodeHasTheCallerStack() {
        Map<String, Runs.Outcome> outcomes = agreeOnError(WARM + """
                struct Money {
                    cents,
                    func op_add(self, other) { return Money { cents: self.cents + 100 / other.cents } }
                    func op_neg(self) { return Money { cents: 100 / self.cents } }
                }
                func combine(a, b) {
                    w := warm(1)
                    return a + b
                }
                func flip(a) {
                    w := warm(1)
                    return -a
                }
                func run(k) { return combine(Money { cents: 5 }, Money { cents: k }) }
                print(run(4).cents, flip(Money { cents: 4 }).cents)
                for i in 3 { run(2) }
                try { flip(Money { cents: 0 }) } except e { print(e.message, e.stack) }
                run(0)
                """, 2);
        assertEquals(List.of("Money.op_add", "combine", "run"), functions(outcomes.get("interpreter")));
        assertTrue(outcomes.get("interpreter").out().startsWith("30 25\nDivision by zero"),
                outcomes.get("interpreter").out());
    }

    @Test
    void errorInAStructMethodAndInItsCallBackCalledFromCompiledCodeHasTheCallerStack() {
        String methods = WARM + """
                struct Meter {
                    scale,
                    func read(self, x) {
                        w := warm(1)
                        return self.scale / (x - w + 1)
                    }
                    func read_all(self, xs) {
                        w := warm(1)
                        return map(xs, func(x) { return self.read(x) })
                    }
                    func adapted(self, xs) {
                        w := warm(1)
                        return xs.map(func(x) { return self.scale / x })
                    }
                }
                func g(m, x) { return m.read(x) }
                func h(m, xs) { return m.read_all(xs) }
                func k(m, xs) { return m.adapted(xs) }
                m := Meter { scale: 12 }
                for i in 3 { print(g(m, 3), h(m, [2, 4]), k(m, [3, 4])) }
                """;
        assertEquals(List.of("Meter.read", "g"), functions(agreeOnError(methods + "g(m, 1)", 2).get("interpreter")));
        assertEquals(List.of("Meter.read", "<lambda>", "Meter.read_all", "h"),
                functions(agreeOnError(methods + "h(m, [2, 1])", 2).get("interpreter")));
        assertEquals(List.of("<lambda>", "Meter.adapted", "k"),
                functions(agreeOnError(methods + "k(m, [3, 0])", 2).get("interpreter")));
    }

    @Test
    void aCallBackAfterDeepCompiledRecursionStartsAtItsCallersDepth() {
        // down(150) ends in a call back 152 calls deep; the call back made later from twice must count from
        // twice's depth (3 with the lambda), not from the deepest frame the recursion left behind.
        String source = WARM + """
                func down(n) {
                    if n == 0 { return warm(0) }
                    return down(n - 1) + 1
                }
                func twice(n) {
                    a := down(n)
                    b := apply(func(m) { return down(m) }, n)
                    return a + b
                }
                print(twice(150))
                print(twice(150))
                twice(400)
                """;
        Map<String, Runs.Outcome> outcomes = agreeOnError(source, 2, 200);
        outcomes.forEach((name, o) -> assertEquals("302\n302\n", o.out(), name));
        assertInstanceOf(CallDepthExceeded.class, outcomes.get("interpreter").error());
    }

    @Test
    void theCallDepthLimitReachedThroughCallBacksHasTheSameStackEverywhere() {
        String[] sources = {
            "func down(n) { return apply(func(x) { return down(x) }, n + 1) }\ndown(0)",
            """
            struct N {
                k,
                func op_add(self, other) { return N { k: self.k + 1 } + other }
            }
            func grow(n) { return n + N { k: 1 } }
            grow(N { k: 0 })
            """,
            """
            struct Walker {
                step,
                func walk(self, n) { return [n].map(func(x) { return self.walk(x + self.step) }) }
            }
            func start() { return Walker { step: 1 }.walk(0) }
            start()
            """,
            WARM + "func spin(n) { w := warm(n)\n return sort_by([1, 2], func(a, b) { return spin(n + 1) }) }\nspin(0)",
        };
        for (String source : sources) {
            Map<String, Runs.Outcome> outcomes = agreeOnError(source, 2, 300);
            RuffRuntimeError e = outcomes.get("interpreter").error();
            assertInstanceOf(CallDepthExceeded.class, e, source);
            assertTrue(e.stack().size() > 100, () -> source + ": " + e.stack().size());
        }
    }
}
