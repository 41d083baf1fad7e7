package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.exec.CallDepthExceeded;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The VM's own behaviour: compiler output, inline caches, deep recursion, value semantics at speed. */
class VirtualMachineTest {

    @Test
    void compilesAFunctionToLocalLoadsAndAReturn() {
        String text = Runs.disassemble("func add(a, b) { return a + b }");
        assertTrue(text.contains("""
                == add (slots 2, stack 2) ==
                0000    1  LOCALS_OP       0 0 0 'a' #0 1 1 'b' #1
                0008    |  RETURN
                """), text);
        String general = Runs.disassemble("func div(a, b) { return a / b }");
        assertTrue(general.contains("""
                0000    1  LOAD_LOCAL      0 0 'a' #0
                0004    |  LOAD_LOCAL      1 1 'b' #1
                0008    |  DIV
                0009    |  RETURN
                """), general);
        assertTrue(text.contains("CLOSURE         0 <fn add>\n0002    |  DEFINE_GLOBAL   1 'add' 1 0"), text);
    }

    @Test
    void capturedVariablesLiveInCellsAndUpvalues() {
        String text = Runs.disassemble("""
                func counter() {
                    mut n := 0
                    return func() { n := n + 1
                        return n }
                }
                """);
        assertTrue(text.contains("DECLARE_CELL    0"), text);
        assertTrue(text.contains("LOAD_UPVALUE    0 0 'n' #0"), text);
        assertTrue(text.contains("ASSIGN_UPVALUE  0 0 'n' 0 #1"), text);
    }

    @Test
    void loopsClearTheirScopeEachIterationAndFuseComparisons() {
        String text = Runs.disassemble("""
                for x in [1, 2] { if x > 1 { break } }
                """);
        assertTrue(text.contains("""
                0006    |  ITER
                0007    |  FOR_NEXT        -> 0022
                0009    |  DECLARE_LOCAL   0
                0011    |  JUMP_LOCAL_INT  2 0 2 'x' #0 1 -> 0020
                0018    |  JUMP            -> 0022
                0020    |  JUMP            -> 0007
                0022    |  POP
                """), text);
        // The loop variable is bound at once; the body's other slots are cleared each iteration.
        String body = Runs.disassemble("for x in [1, 2] { y := x }");
        assertTrue(body.contains("""
                0007    |  FOR_NEXT        -> 0025
                0009    |  CLEAR_SLOTS     1 1
                0012    |  DECLARE_LOCAL   0
                """), body);
        String loop = Runs.disassemble("func f() { mut i := 0\n while i < 10 { i := i + 1 } }");
        assertTrue(loop.contains("""
                0004    2  JUMP            -> 0013
                0006    |  STORE_INT_OP    0 0 1 'i' #0 1 0
                0013    |  JUMP_LOCAL_INT  8 0 1 'i' #1 10 -> 0006
                """), loop);
    }

    @Test
    void fusedLocalArithmeticFailsLikeTheInterpreter() {
        String[] programs = {
            "func f() { a := \"x\"\n b := 2\n mut c := 0\n c := a - b\n return c }\nprint(f())",
            "func f() { a := \"x\"\n mut c := 0\n c := a - 1\n return c }\nprint(f())",
            "func f() { a := 9223372036854775807\n b := 1\n return a + b }\nprint(f())",
            "func f() { a := 3\n b := [1]\n return a * b }\nprint(f())",
            "func f() { a := \"p\"\n b := \"q\"\n mut c := a + b\n c := c + a\n return c }\nprint(f())",
            "func f() { if false { x := 1 }\n mut y := 0\n y := x + 1\n return y }\nprint(f())",
        };
        for (String program : programs) {
            assertEquals(Runs.run(BackendType.INTERPRETER, program).describe(),
                    Runs.run(BackendType.VM, program).describe(), program);
        }
    }

    @Test
    void tryInstallsAHandlerThatBindsTheErrorStruct() {
        String text = Runs.disassemble("try { print(1) } except e { print(e.message) }");
        assertTrue(text.contains("TRY_BEGIN"), text);
        assertTrue(text.contains("TRY_END"), text);
        assertTrue(text.contains("EXCEPT_VALUE\n"), text);
    }

    @Test
    void cachedNativeIsInvalidatedWhenAGlobalShadowsIt() {
        assertEquals("2\n99\n", Runs.vm("""
                func measure() { return len([1, 2]) }
                print(measure())
                len := func(x) { return 99 }
                print(measure())
                """));
    }

    @Test
    void cachedGlobalIsInvalidatedWhenTheNameIsRedeclared() {
        assertEquals("one\ntwo\n", Runs.vm("""
                struct P { func name(self) { return "one" } }
                func make() { return P {} }
                print(make().name())
                struct P { func name(self) { return "two" } }
                print(make().name())
                """));
    }

    @Test
    void cachedGlobalsAreNotSharedBetweenContexts() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(out).build()) {
            RuffScript script = engine.compile("func show() { print(x) }\nshow()", "t.ruff");
            RuffContext first = engine.newContext();
            first.set("x", 1L);
            RuffContext second = engine.newContext();
            second.set("x", "two");
            script.run(first);
            script.run(second);
            script.run(first);
        }
        assertEquals("1\ntwo\n1\n", out.toString());
    }

    @Test
    void hundredThousandFramesDeepWithARaisedLimit() {
        Runs.Outcome o = Runs.run(RuffEngine.builder().maxCallDepth(200_000), """
                func depth(n) { if n == 0 { return 0 } return 1 + depth(n - 1) }
                print(depth(100000))
                """);
        assertEquals("100000\n", o.describe());
    }

    @Test
    void depthLimitHoldsWhenNativesReenterTheVm() {
        Runs.Outcome o = Runs.run(BackendType.VM, """
                func down(n) { return apply(func(x) { return down(x) }, n + 1) }
                try { down(0) } except e { print("caught") }
                """);
        assertInstanceOf(CallDepthExceeded.class, o.error());
        assertEquals("", o.out());
        assertTrue(o.error().getMessage().startsWith("Maximum call stack depth of 10000 exceeded"));
    }

    @Test
    void pushInALoopStaysLinear() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals("1000000 999999\n", Runs.vm("""
                mut xs := []
                mut i := 0
                while i < 1000000 { xs := push(xs, i)
                    i := i + 1 }
                print(len(xs), xs[999999])
                """)));
    }

    @Test
    void indexWritesInALoopAreConstantTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals("1999998 0\n", Runs.vm("""
                func fill(n) {
                    mut xs := []
                    for i in n { xs := push(xs, 0) }
                    keep := xs
                    for i in n { xs[i] := i * 2 }
                    return [xs[n - 1], keep[n - 1]]
                }
                r := fill(1000000)
                print(r[0], r[1])
                """)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void valueSemanticsHoldInLoopsAndThroughCallbacks(BackendType backend) {
        Runs.Outcome o = Runs.run(backend, """
                base := [1, 2, 3]
                mut copies := []
                for i in 3 {
                    c := base
                    c[i] := 0
                    copies := push(copies, c)
                }
                print(base, copies)
                doubled := map(base, func(x) { return x * 2 })
                print(base, doubled)
                p := {"xs": [1], "n": 0}
                q := p
                q["xs"][0] := 5
                print(p, q)
                """);
        assertEquals("[1, 2, 3] [[0, 2, 3], [1, 0, 3], [1, 2, 0]]\n[1, 2, 3] [2, 4, 6]\n"
                + "{\"n\": 0, \"xs\": [1]} {\"n\": 0, \"xs\": [5]}\n", o.describe());
    }

    @Test
    void errorsInCallbacksCarryTheSameStackOnBothBackends() {
        String source = """
                func boom(x) { return x / 0 }
                func outer() { return map([1], boom) }
                try { outer() } except e { print(e.message, e.stack) }
                outer()
                """;
        Runs.Outcome vm = Runs.run(BackendType.VM, source);
        Runs.Outcome interp = Runs.run(BackendType.INTERPRETER, source);
        assertEquals(interp.describe(), vm.describe());
        assertEquals(interp.error().stack(), vm.error().stack());
    }

    @Test
    void fusedLocalReadsFailAtTheIdentifierLikeTheInterpreter() {
        String source = """
                func f(r) {
                    match r { case Ok(v): { print("ok") } }
                    while v < 3 { print("never") }
                }
                func g(r) {
                    match r { case Ok(v): { print("ok") } }
                    return v + 1
                }
                try { f(Err(1)) } except e { print(e.message) }
                print(g(Err(1)))
                """;
        Runs.Outcome vm = Runs.run(BackendType.VM, source);
        Runs.Outcome interp = Runs.run(BackendType.INTERPRETER, source);
        assertEquals("Undefined variable: v\n!! Undefined variable: v @ test.ruff:7:12", vm.describe());
        assertEquals(interp.describe(), vm.describe());
    }

    @Test
    void breakAndContinueOutOfTryBlocksKeepHandlersBalanced() {
        assertEquals("0\n1\ncaught: Division by zero\n", Runs.vm("""
                for i in 5 {
                    try {
                        if i == 1 { print(i)
                            continue }
                        if i == 2 { break }
                        print(i)
                    } except e { print("wrong") }
                }
                try { x := 1 / 0 } except e { print("caught: " + e.message) }
                """));
    }
}
