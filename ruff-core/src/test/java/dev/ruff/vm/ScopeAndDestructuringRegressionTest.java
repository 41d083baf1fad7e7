package dev.ruff.vm;

import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes users write that once gave wrong answers: a plain {@code x := v} on an outer name after a
 * sibling block declared a variable (LANGUAGE.md §3.5: the outer binding is updated), and destructuring
 * inside loops (it hung on the VM). Each script runs on the interpreter, on the VM with the compile tier
 * off, with every function compiled at its first call and with a threshold of 2, and pins its output.
 */
class ScopeAndDestructuringRegressionTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("top-level total after a block declared a variable", """
                        total := 0
                        for k in [1, 2, 3] { if k > 1 { extra := k }
                        total := total + k }
                        print(total)
                        """, "6\n"),
                Arguments.of("top-level while counter after a block declared a variable", """
                        mut i := 0
                        while i < 3 { if true { tmp := "s" }
                        print(i)
                        i := i + 1 }
                        """, "0\n1\n2\n"),
                Arguments.of("outer array updated after a nested loop", """
                        mut rs := []
                        for row in [[1, 2], [3, 4]] { for v in row { print(v) }
                        rs := push(rs, 1) }
                        print(rs)
                        """, "1\n2\n3\n4\n[1, 1]\n"),
                Arguments.of("global counter updated from a function's loop", """
                        count := 0
                        func bump(xs) { for x in xs { if x > 0 { y := x }
                        count := count + 1 } }
                        bump([1, 2, 3])
                        bump([4])
                        print(count)
                        """, "4\n"),
                Arguments.of("order totalling loop", """
                        orders := [{"item": "pen", "qty": 2, "price": 3}, {"item": "ink", "qty": 1, "price": 10}]
                        total := 0
                        for o in orders {
                            line := o["qty"] * o["price"]
                            if line > 5 { label := "big " + o["item"]
                                print(label) }
                            total := total + line
                        }
                        print("total", total)
                        """, "big pen\nbig ink\ntotal 16\n"),
                Arguments.of("function local made by plain assignment after a loop", """
                        func f(xs) {
                            for x in xs { if x > 1 { big := x } }
                            seen := "none"
                            for x in xs { if x > 2 { seen := "three" } }
                            return seen
                        }
                        print(f([1, 2, 3]))
                        print(f([1]))
                        """, "three\nnone\n"),
                Arguments.of("a name first assigned in a block stays block-local", """
                        func f() {
                            for i in [1, 2] { if i == 1 { fresh := "a" } else { print(fresh) } }
                        }
                        try { f() } except e { print(e.message) }
                        """, "Undefined variable: fresh\n"),
                Arguments.of("break out of a block does not leave a stale slot", """
                        hits := 0
                        func g(xs) {
                            for x in xs { if x > 1 { tmp := x
                                break } }
                            hits := hits + 1
                        }
                        g([1, 2, 3])
                        g([5])
                        print(hits)
                        """, "2\n"),
                Arguments.of("closure created in a loop updates the global", """
                        n := 0
                        fs := []
                        for i in [1, 2, 3] { if i > 0 { z := i }
                            fs := push(fs, func() { n := n + i }) }
                        for f in fs { f() }
                        print(n)
                        """, "6\n"),
                Arguments.of("let destructuring in for", """
                        for pair in [[1, 2], [3, 4]] { let [k, val] := pair
                        print(k, val) }
                        """, "1 2\n3 4\n"),
                Arguments.of("plain destructuring in for, while and functions", """
                        for pair in [[5, 6]] { [k, val] := pair
                        print(k, val) }
                        mut j := 0
                        while j < 2 { let [a, b] := [j, j * 2]
                        print(a, b)
                        j := j + 1 }
                        func f(ps) { for p in ps { let {x, y, ...rest} := p
                        print(x, y, rest) } }
                        f([{"x": 1, "y": 2, "z": 3}, {"x": 4}])
                        func g(rows) { mut s := 0
                        for r in rows { let [head, ...tail] := r
                        s := s + head + len(tail) }
                        return s }
                        print(g([[1, 2, 3], [10]]))
                        loop { let [[p, q], _] := [[7, 8], 9]
                        print(p + q)
                        break }
                        """, "5 6\n0 0\n1 2\n1 2 {\"z\": 3}\n4 null {}\n13\n15\n"));
    }

    private static String run(RuffEngine.Builder builder, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder.out(out).err(new StringWriter()).module(new TestNatives()).build()) {
            try {
                engine.compile(source, "test.ruff").run();
                return out.toString();
            } catch (RuffRuntimeError e) {
                return out + "!! " + e.getMessage() + " @ " + e.pos();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void everyTierGivesTheExpectedOutput(String title, String source, String expected) {
        long failures = JitCompiler.failures();
        assertEquals(expected, run(RuffEngine.builder().backend(BackendType.INTERPRETER), source), "interpreter");
        assertEquals(expected, run(RuffEngine.builder().compileThreshold(-1), source), "vm, compile tier off");
        assertEquals(expected, run(RuffEngine.builder().compileThreshold(0), source), "vm, compiled at first call");
        assertEquals(expected, run(RuffEngine.builder().compileThreshold(2), source), "vm, threshold 2");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }
}
