package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Language features inside compiled functions print what the interpreter prints: each script runs on the
 * interpreter, on the VM with the compile tier off, with every function compiled at its first call, and with a
 * threshold of 2 (so frames move into compiled code between calls and in the middle of loops). Each script
 * pins its expected output too, so a behaviour change common to all four is caught as well.
 */
class JitSemanticsTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("value semantics of arrays and dicts", """
                        func f(n) {
                            mut xs := [[1, 2], [3]]
                            ys := xs
                            mut d := {"a": [1]}
                            e := d
                            for i in n {
                                xs[0][1] := xs[0][1] + i
                                d["a"][0] := i
                            }
                            return [xs, ys, d, e]
                        }
                        print(f(3))
                        print(f(4))
                        """, "[[[1, 5], [3]], [[1, 2], [3]], {\"a\": [2]}, {\"a\": [1]}]\n"
                        + "[[[1, 8], [3]], [[1, 2], [3]], {\"a\": [3]}, {\"a\": [1]}]\n"),
                Arguments.of("methods with self, legacy methods and field writes", """
                        struct Acc {
                            total: int,
                            func add(self, n) { return Acc { total: self.total + n } }
                            func twice() { return total * 2 }
                        }
                        func run(n) {
                            mut a := Acc { total: 0 }
                            for i in n { a := a.add(i)
                                a.total := a.total + 1 }
                            return [a.total, a.twice()]
                        }
                        print(run(3), run(5))
                        """, "[6, 12] [15, 30]\n"),
                Arguments.of("operator overloading called back from the runtime", """
                        struct V {
                            x: int,
                            func op_add(other) { return V { x: x + other.x } }
                            func op_eq(other) { return x == other.x }
                        }
                        func sum(n) {
                            mut v := V { x: 0 }
                            for i in n { v := v + V { x: i } }
                            return v
                        }
                        print(sum(4).x, sum(4) == V { x: 6 }, sum(3) == V { x: 6 })
                        """, "6 true false\n"),
                Arguments.of("closures capture a fresh binding per iteration", """
                        func make(n) {
                            mut fs := []
                            for i in n { fs := push(fs, func() { return i * 10 }) }
                            mut j := 0
                            while j < n {
                                k := j
                                fs := push(fs, func() { return k })
                                j := j + 1
                            }
                            return map(fs, func(f) { return f() })
                        }
                        print(make(3))
                        print(make(2))
                        """, "[0, 10, 20, 0, 1, 2]\n[0, 10, 0, 1]\n"),
                Arguments.of("nested closures share and update captured locals", """
                        func outer() {
                            mut n := 0
                            inc := func(by) {
                                bump := func() { n := n + by }
                                bump()
                                return n
                            }
                            return [inc(1), inc(2), inc(3), n]
                        }
                        print(outer(), outer())
                        """, "[1, 3, 6, 6] [1, 3, 6, 6]\n"),
                Arguments.of("match, destructuring and the try operator", """
                        func parse(x) { if x < 0 { return Err("negative") }
                            return Ok(x * 2) }
                        func use(x) { v := parse(x)?
                            return Ok(v + 1) }
                        func describe(r) {
                            match r {
                                case Ok(v): { return "ok " + to_string(v) }
                                case Err(m): { return "err " + m }
                            }
                        }
                        func pairs(xs) {
                            [a, b, ...rest] := xs
                            {name, ...others} := {"name": "n", "k": 1}
                            return [a, b, rest, name, others]
                        }
                        for i in [1, -1, 2] { print(describe(use(i))) }
                        print(pairs([1, 2, 3, 4]), pairs([5, 6]))
                        """, "ok 3\nerr negative\nok 5\n[1, 2, [3, 4], n, {\"k\": 1}] [5, 6, [], n, {\"k\": 1}]\n"),
                Arguments.of("globals read and written from compiled code", """
                        mut hits := 0
                        limit := 3
                        func hit() { hits := hits + 1
                            return hits < limit }
                        func loop_hits() { mut n := 0
                            while hit() { n := n + 1 }
                            return n }
                        print(loop_hits(), hits)
                        hits := 0
                        print(loop_hits(), hits)
                        """, "2 3\n2 3\n"),
                Arguments.of("string accumulation read mid-loop and captured", """
                        func build(n) {
                            mut s := ""
                            mut seen := []
                            for i in range(n) {
                                s := s + to_string(i)
                                if i % 2 == 1 { seen := push(seen, s) }
                            }
                            get := func() { return s }
                            s := s + "!"
                            return [s, seen, get()]
                        }
                        print(build(4))
                        print(build(5))
                        """, "[0123!, [01, 0123], 0123!]\n[01234!, [01, 0123], 01234!]\n"),
                Arguments.of("generators consumed by compiled loops", """
                        func* evens(n) { mut i := 0
                            while i < n { yield i * 2
                                i := i + 1 } }
                        func total(n) { mut t := 0
                            for v in evens(n) { t := t + v }
                            return t }
                        print(total(3), total(5), total(0))
                        """, "6 20 0\n"),
                Arguments.of("mutual recursion and early returns from nested loops", """
                        func is_even(n) { if n == 0 { return true }
                            return is_odd(n - 1) }
                        func is_odd(n) { if n == 0 { return false }
                            return is_even(n - 1) }
                        func find(grid, target) {
                            for row in grid { for x in row { if x == target { return [row, x] } } }
                            return null
                        }
                        print(is_even(10), is_odd(7), find([[1, 2], [3, 4]], 3), find([[1]], 9))
                        """, "true true [[3, 4], 3] null\n"),
                Arguments.of("errors for immutable bindings and unbound locals", """
                        func reassign() { let x := 1
                            try { x := 2 } except e { print(e.message) }
                            return x }
                        func unbound(flag) { if flag { y := 1 }
                            return y }
                        print(reassign())
                        try { unbound(true) } except e { print(e.message) }
                        unbound(false)
                        """, "Cannot reassign immutable let binding: x\n1\nUndefined variable: y\n"
                        + "!! Undefined variable: y @ test.ruff:5:12 stack [StackEntry[function=unbound, pos=test.ruff:5:12]]"),
                Arguments.of("spreads, interpolation and writes through upvalue, global and field paths", """
                        mut table := {"rows": [[0, 0], [0, 0]]}
                        struct Cell { v: int, func set(self, x) { self.v := x
                            return self } }
                        func fill(n) {
                            mut grid := [[0, 0], [0, 0]]
                            put := func(i, j, x) { grid[i][j] := x }
                            for k in n {
                                put(k % 2, k / 2 % 2, k)
                                table["rows"][k % 2][0] := table["rows"][k % 2][0] + k
                            }
                            c := Cell { v: 0 }
                            d := c.set(n)
                            merged := {...{"a": 1}, "b": 2, ...{"a": 3}}
                            return [grid, [...grid[0], ...[n]], merged, c.v, d.v, "n=${n * 2}"]
                        }
                        print(fill(3))
                        print(fill(4), table)
                        """, "[[[0, 2], [1, 0]], [0, 2, 3], {\"a\": 3, \"b\": 2}, 0, 3, n=6]\n"
                        + "[[[0, 2], [1, 3]], [0, 2, 4], {\"a\": 3, \"b\": 2}, 0, 4, n=8] "
                        + "{\"rows\": [[4, 0], [5, 0]]}\n"),
                Arguments.of("local structs, self captured by closures, tags, options and optional fields", """
                        enum Shape { Circle, Square }
                        func area(sh) {
                            match sh {
                                case Shape::Circle(r): { return 3 * r * r }
                                case Shape::Square(s): { return s * s }
                            }
                        }
                        func local_things(n) {
                            struct Box {
                                v: int,
                                func getter(self) { return func() { return self.v } }
                                func op_add(self, other) { return Box { v: self.v + other.v } }
                            }
                            mut b := Box { v: n }
                            g := b.getter()
                            b := b + Box { v: 1 }
                            maybe := if_some(n)
                            missing := null
                            return [b.v, g(), area(Shape::Circle(n)), area(Shape::Square(n)), maybe, missing?.v, b?.v]
                        }
                        func if_some(n) { if n > 1 { return Some(n) }
                            return None }
                        print(local_things(1))
                        print(local_things(2))
                        """, "[2, 1, 3, 1, None, null, 2]\n[3, 2, 12, 4, Some(2), null, 3]\n")
        );
    }

    private static String run(RuffEngine.Builder builder, String source) {
        Runs.Outcome o = Runs.run(builder, source);
        RuffRuntimeError e = o.error();
        return e == null ? o.out() : o.describe() + " stack " + e.stack();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void compiledFunctionsBehaveLikeTheInterpreter(String title, String source, String expected) {
        long failures = JitCompiler.failures();
        String interpreter = run(RuffEngine.builder().backend(BackendType.INTERPRETER), source);
        assertEquals(expected, interpreter, "interpreter");
        assertEquals(interpreter, run(RuffEngine.builder().compileThreshold(-1), source), "vm, compile tier off");
        assertEquals(interpreter, run(RuffEngine.builder().compileThreshold(0), source), "vm, compiled at first call");
        assertEquals(interpreter, run(RuffEngine.builder().compileThreshold(2), source), "vm, threshold 2");
        assertEquals(failures, JitCompiler.failures(), "a translation failed and fell back to the dispatch loop");
    }

    @Test
    void importsInsideCompiledFunctionsBindTheModulesExports(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("shapes.ruff"), """
                export func sq(x) { return x * x }
                export let SIDE := 3
                """);
        Path main = dir.resolve("main.ruff");
        Files.writeString(main, """
                func load() {
                    from shapes import sq, SIDE
                    return sq(SIDE)
                }
                func whole() {
                    import shapes
                    return shapes.sq(2) + sq(1)
                }
                func missing() {
                    from shapes import nope
                    return 0
                }
                print(load(), load(), whole(), whole())
                try { missing() } except e { print(e.message) }
                missing()
                """);
        String off = runFile(main, -1);
        assertEquals("9 9 5 5\nSymbol 'nope' not found in module 'shapes'\n"
                + "!! Symbol 'nope' not found in module 'shapes' @ " + main + ":10:5 stack [missing]", off);
        assertEquals(off, runFile(main, 0), "compiled at first call");
        assertEquals(off, runFile(main, 1), "compiled at the second call");
    }

    private static String runFile(Path file, int threshold) throws IOException {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().compileThreshold(threshold).out(out).err(new StringWriter())
                .build()) {
            try {
                engine.compile(file).run();
                return out.toString();
            } catch (RuffRuntimeError e) {
                return out + "!! " + e.getMessage() + " @ " + e.pos() + " stack "
                        + e.stack().stream().map(StackEntry::function).toList();
            }
        }
    }
}
