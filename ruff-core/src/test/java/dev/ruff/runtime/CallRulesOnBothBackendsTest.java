package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The call rules written once in the runtime ({@link MethodCalls}, {@link RuffStack}) give the same answers on the
 * interpreter, the VM and the compile tier: where a method call goes, the arity messages of every kind of callee,
 * and the Ruff stack an error records. (Array adapters that forward to stdlib natives, {@code xs.map(f)}, are
 * tested with the stdlib.)
 */
class CallRulesOnBothBackendsTest {
    private static final List<String> TIERS = List.of("interpreter", "vm", "compiled");

    private static RuffEngine.Builder tier(String name) {
        return switch (name) {
            case "interpreter" -> RuffEngine.builder().backend(BackendType.INTERPRETER);
            case "vm" -> RuffEngine.builder().compileThreshold(-1);
            default -> RuffEngine.builder().compileThreshold(0);
        };
    }

    private static void assertOutput(String expected, String source) {
        for (String name : TIERS) {
            StringWriter out = new StringWriter();
            try (RuffEngine engine = tier(name).out(out).build()) {
                engine.compile(source, "calls.ruff").run();
            }
            assertEquals(expected, out.toString(), name);
        }
    }

    private static final String CALLEES = """
            func pair(a, b) { return a }
            struct Box {
                v: int
                func get(self, k) { return self.v + k }
                func make(v) { return Box { v: v } }
            }
            twice := func(x) { return x * 2 }
            async func later(a) { return a }
            func* count(n) { yield n }
            b := Box { v: 1 }
            """;

    private static String messages(String... calls) {
        StringBuilder sb = new StringBuilder(CALLEES);
        for (String call : calls) {
            sb.append("try { ").append(call).append(" } except e { print(e.message) }\n");
        }
        return sb.toString();
    }

    @Test
    void arityMessagesForTooFewAndTooManyArguments() {
        assertOutput("""
                        pair expects 2 arguments, got 1
                        pair expects 2 arguments, got 3
                        Box.get expects 1 arguments, got 0
                        Box.get expects 1 arguments, got 2
                        Box.make expects 1 arguments, got 0
                        <lambda> expects 1 arguments, got 0
                        <lambda> expects 1 arguments, got 2
                        later expects 1 arguments, got 0
                        count expects 1 arguments, got 2
                        len expects 1 arguments, got 0
                        len expects 1 arguments, got 2
                        throw expects 1 arguments, got 2
                        """,
                messages("pair(1)", "pair(1, 2, 3)", "b.get()", "b.get(1, 2)", "Box.make()", "twice()", "twice(1, 2)",
                        "later()", "count(1, 2)", "len()", "len([1], 2)", "throw(1, 2)"));
    }

    @Test
    void arityMessagesInsideLoopsAndFunctionsAreTheSame() {
        // compiled code checks arity itself: call from a hot loop inside a function too
        assertOutput("pair expects 2 arguments, got 1\n".repeat(3) + "Box.get expects 1 arguments, got 0\n".repeat(3), CALLEES + """
                func run() {
                    for i in range(3) { try { pair(i) } except e { print(e.message) } }
                    mut j := 0
                    while j < 3 { try { b.get() } except e { print(e.message) }
                        j := j + 1 }
                }
                run()
                """);
    }

    @Test
    void methodDispatchOrder() {
        assertOutput("""
                field
                struct map
                5
                10
                [1]
                3
                Cannot call non-function; the value being called is not callable. Pass a function, closure, or imported callable value instead.
                Field not found: nope
                Cannot access field or method 'upper' on non-struct value
                Cannot access field or method 'push' on non-struct value
                Cannot access field or method 'nope' on non-struct value
                V(4)
                V(5)
                """, """
                struct Shadow {
                    f: int
                    func f(self) { return "method" }
                }
                s := Shadow { f: func() { return "field" } }
                print(s.f())
                struct Mapper {
                    n: int
                    func map(self, g) { return "struct map" }
                }
                print(Mapper { n: 1 }.map(func(x) { return x }))
                d := {"add": func(a, b) { return a + b }}
                print(d.add(2, 3))
                struct Maker {
                    v: int
                    func make(v) { return v * 10 }
                }
                print(Maker.make(1))
                print([1].collect())
                print({"len": 3}.len)
                try { d.keys() } except e { print(e.message) }
                try { Shadow { f: 1 }.nope() } except e { print(e.message) }
                try { "s".upper() } except e { print(e.message) }
                try { [1].push(2) } except e { print(e.message) }
                try { (5).nope() } except e { print(e.message) }
                struct V {
                    x: int
                    func op_add(self, other) { return V { x: self.x + other.x } }
                    func to_string(self) { return "V(" + to_string(self.x) + ")" }
                }
                print((V { x: 1 } + V { x: 3 }).to_string())
                print(V { x: 2 }.op_add(V { x: 3 }).to_string())
                """);
    }

    @Test
    void oneCallSiteSeesFieldAndMethodOfTheSameStructInTurn() {
        // Instances of one declaration without and with the shadowing field have different shapes: the call
        // site's cache of the method must not answer for the instance whose field wins.
        assertOutput("""
                method of x, field of y, method of x, field of y,\s
                method of x, field of y, method of x, field of y,\s
                method of x, field of y, method of x, field of y,\s
                """, """
                struct S {
                    name,
                    hello,
                    func hello(self) { return "method of " + self.name }
                }
                x := S { name: "x" }
                y := S { name: "y", hello: func() { return "field of " + "y" } }
                func callAll(items) {
                    out := ""
                    for o in items {
                        out := out + o.hello() + ", "
                    }
                    return out
                }
                for round in range(3) {
                    print(callAll([x, y, x, y]))
                }
                """);
    }

    @Test
    void errorsRecordTheSameRuffStackOnEveryTier() {
        String source = """
                struct Acct {
                    total: int
                    func check(self, n) {
                        if n > 2 { throw("too many") }
                        return n
                    }
                }
                func outer(a) {
                    f := func(n) { return a.check(n) }
                    for i in range(5) { f(i) }
                }
                outer(Acct { total: 0 })
                """;
        List<String> expected = List.of("Acct.check@4", "<lambda>@9", "outer@10");
        for (String name : TIERS) {
            try (RuffEngine engine = tier(name).out(new StringWriter()).build()) {
                RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> engine.compile(source, "stack.ruff").run());
                assertEquals("too many", e.getMessage(), name);
                List<String> stack = e.stack().stream().map(CallRulesOnBothBackendsTest::entry).collect(Collectors.toList());
                assertEquals(expected, stack, name);
            }
        }
    }

    private static String entry(StackEntry e) {
        return e.function() + "@" + (e.pos() == null ? "?" : e.pos().line());
    }
}
