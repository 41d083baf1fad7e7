package dev.ruff.interp;

import static dev.ruff.interp.ScriptOutcome.errorMessage;
import static dev.ruff.interp.ScriptOutcome.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.diag.RuffRuntimeError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Language semantics of LANGUAGE.md §3, run on every backend. */
class LanguageSemanticsTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closureSeesLaterAssignmentsOfCapturedVariable(BackendType backend) {
        assertEquals("2\n", output(backend, """
                func outer() {
                    mut x := 1
                    f := func() { return x }
                    x := 2
                    return f()
                }
                print(outer())
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void countersFromSeparateCallsAreIndependent(BackendType backend) {
        assertEquals("1\n2\n1\n", output(backend, """
                func make_counter() {
                    mut count := 0
                    return func() { count := count + 1
                        return count }
                }
                a := make_counter()
                b := make_counter()
                print(a())
                print(a())
                print(b())
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closuresMadeInDifferentIterationsSeeDifferentVariables(BackendType backend) {
        assertEquals("[0, 1, 2]\n", output(backend, """
                fs := []
                for i in range(3) {
                    fs := push(fs, func() { return i })
                }
                print([fs[0](), fs[1](), fs[2]()])
                """.replace("push(fs, func() { return i })", "[...fs, func() { return i }]")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void accumulatorClosureUpdatesEnclosingVariable(BackendType backend) {
        assertEquals("6\n", output(backend, """
                func total(xs) {
                    mut sum := 0
                    add := func(x) { sum += x }
                    for x in xs { add(x) }
                    return sum
                }
                print(total([1, 2, 3]))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void assignmentInsideFunctionUpdatesExistingGlobal(BackendType backend) {
        assertEquals("Total: 2\n", output(backend, """
                count := 0
                func bump() { count := count + 1 }
                bump()
                bump()
                print("Total: ${count}")
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void assignmentInsideFunctionWithoutGlobalCreatesLocal(BackendType backend) {
        assertEquals("5\nUndefined variable: y\n", output(backend, """
                func f() { y := 5
                    return y }
                print(f())
                try { print(y) } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void blockVariablesVanishButOuterAssignmentsStick(BackendType backend) {
        assertEquals("updated\ntrue\n", output(backend, """
                x := "original"
                if true {
                    x := "updated"
                    fresh := 1
                }
                print(x)
                mut gone := false
                try { print(fresh) } except e { gone := true }
                print(gone)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void letInsideLoopBodyIsFreshEachIteration(BackendType backend) {
        assertEquals("0\n1\n2\n", output(backend, """
                for i in range(3) {
                    let doubled := i
                    print(doubled)
                }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void reassigningLetIsACatchableRuntimeError(BackendType backend) {
        assertEquals("before\nCannot reassign immutable let binding: x\n", output(backend, """
                let x := 1
                print("before")
                try { x := 2 } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void mutatingThroughConstIsAnError(BackendType backend) {
        assertEquals("Cannot mutate const binding: xs", errorMessage(backend, """
                const xs := [1, 2]
                xs[0] := 5
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void duplicateLetInSameScopeIsAnError(BackendType backend) {
        assertEquals("Duplicate declaration in the same scope: a", errorMessage(backend, """
                func f() {
                    let a := 1
                    let a := 2
                }
                f()
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void topLevelFunctionsAreHoisted(BackendType backend) {
        assertEquals("hi\n", output(backend, """
                greet()
                func greet() { print("hi") }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void nestedFunctionCanRecurse(BackendType backend) {
        assertEquals("120\n", output(backend, """
                func outer() {
                    func fact(n) { if n <= 1 { return 1 } return n * fact(n - 1) }
                    return fact(5)
                }
                print(outer())
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void arraysAreCopiedOnAssignment(BackendType backend) {
        assertEquals("[1, 2, 3]\n[9, 2, 3]\n", output(backend, """
                a := [1, 2, 3]
                b := a
                b[0] := 9
                print(a)
                print(b)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void functionsCannotMutateTheirArguments(BackendType backend) {
        assertEquals("{\"k\": 1}\n{\"k\": 2}\n", output(backend, """
                func change(d) { d["k"] := 2
                    return d }
                orig := {"k": 1}
                changed := change(orig)
                print(orig)
                print(changed)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void fieldWriteThroughArrayElementIsStored(BackendType backend) {
        assertEquals("[P { x: 1 }, P { x: 5 }]\nP { x: 2 }\n", output(backend, """
                struct P { x }
                keep := P { x: 2 }
                ps := [P { x: 1 }, keep]
                ps[1].x := 5
                print(ps)
                print(keep)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void nestedIndexWriteLeavesSharedCopyAlone(BackendType backend) {
        assertEquals("[[1, 2], [3, 4]]\n[[1, 7], [3, 4]]\n", output(backend, """
                m := [[1, 2], [3, 4]]
                n := m
                n[0][1] := 7
                print(m)
                print(n)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void structMethodsWithSelfAndLegacyFieldBinding(BackendType backend) {
        assertEquals("25\nPoint { x: 6, y: 8 }\n", output(backend, """
                struct Point {
                    x: float,
                    y: float,
                    func len2(self) { return self.x * self.x + self.y * self.y }
                    func scaled(k) { return Point { x: x * k, y: y * k } }
                }
                p := Point { x: 3, y: 4 }
                print(p.len2())
                print(p.scaled(2))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void methodCannotMutateItsReceiver(BackendType backend) {
        assertEquals("1\n", output(backend, """
                struct C {
                    n,
                    func bump(self) { self.n := self.n + 1
                        return self.n }
                }
                c := C { n: 1 }
                c.bump()
                print(c.n)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void structFieldDefaultsApplyWhenLeftOut(BackendType backend) {
        assertEquals("Config { debug: false, port: 80 }\n", output(backend, """
                struct Config { port: int = 8080, debug: bool = false }
                print(Config { port: 80 })
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void orderingOperatorsDispatchToStructMethods(BackendType backend) {
        assertEquals("true\nfalse\ntrue\n", output(backend, """
                struct Money {
                    cents,
                    func op_gt(self, other) { return self.cents > other.cents }
                    func op_lt(self, other) { return self.cents < other.cents }
                    func op_eq(self, other) { return self.cents == other.cents }
                }
                a := Money { cents: 5 }
                b := Money { cents: 3 }
                print(a > b)
                print(a < b)
                print(a == Money { cents: 5 })
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void matchBindsEnumAndResultPayloads(BackendType backend) {
        assertEquals("circle 2\nok 5\nred\nother\n", output(backend, """
                enum Shape { Circle, Square }
                func describe(s) {
                    match s {
                        case Shape::Circle(r): { print("circle " + to_string(r)) }
                        case Ok(v): { print("ok " + to_string(v)) }
                        case red: { print("red") }
                        default: { print("other") }
                    }
                }
                describe(Shape::Circle(2))
                describe(Result::Ok(5))
                describe("red")
                describe(42)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void tryOperatorReturnsErrFromFunction(BackendType backend) {
        assertEquals("Ok(3)\nErr(bad)\nNone\n", output(backend, """
                func half(x) { if x % 2 == 0 { return Ok(x / 2) } return Err("bad") }
                func quarter(x) { h := half(x)?
                    return Ok(half(h)?) }
                print(quarter(12))
                print(quarter(6))
                func first(xs) { if len(xs) == 0 { return None } return Some(xs[0]) }
                func firstTwice(xs) { return Some(first(xs)?) }
                print(firstTwice([]))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void exceptVariableIsAnErrorStructWithStack(BackendType backend) {
        assertEquals("Caught: Error { line: 0, message: division by zero, stack: [safe_divide] }\n",
                output(backend, """
                        func safe_divide(a, b) {
                            if b == 0 { throw("division by zero") }
                            return a / b
                        }
                        try { safe_divide(1, 0) } except e { print("Caught:", e) }
                        """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void tryCatchesRuntimeErrorsFromDeepCalls(BackendType backend) {
        assertEquals("Index out of bounds: 5\n[level1, level2]\n", output(backend, """
                func level2(xs) { return xs[5] }
                func level1() { return level2([1]) }
                try { level1() } except e { print(e.message)
                    print(e.stack) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void destructuringFillsMissingWithNull(BackendType backend) {
        assertEquals("1 2 [3, 4]\nnull\nAda null {\"x\": 1}\n", output(backend, """
                let [a, b, ...rest] := [1, 2, 3, 4]
                print(a, b, rest);
                [p, q] := [1]
                print(q)
                let {name, age, ...others} := {"name": "Ada", "x": 1}
                print(name, age, others)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void spreadPipeCoalesceAndOptionalField(BackendType backend) {
        assertEquals("[0, 1, 2, 9]\n{\"a\": 1, \"b\": 3}\n256\ndefault\nnull\n", output(backend, """
                xs := [1, 2]
                print([0, ...xs, 9])
                print({...{"a": 1, "b": 2}, "b": 3})
                func double(x) { return x * 2 }
                func add_ten(x) { return x + 10 }
                func square(x) { return x * x }
                print(3 |> double |> add_ten |> square)
                print(null ?? "default")
                n := null
                print(n?.field)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void forIteratesStringsDictsAndNumbers(BackendType backend) {
        assertEquals("a b c \nx y \n0 1 2 \n", output(backend, """
                mut line := ""
                for c in "abc" { line := line + c + " " }
                print(line)
                line := ""
                for k in {"x": 1, "y": 2} { line := line + k + " " }
                print(line)
                line := ""
                for i in 3 { line := line + to_string(i) + " " }
                print(line)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void continueAdvancesAndBreakStops(BackendType backend) {
        assertEquals("1\n3\n", output(backend, """
                for i in range(10) {
                    if i % 2 == 0 { continue }
                    if i > 3 { break }
                    print(i)
                }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void arityMismatchNamesTheFunction(BackendType backend) {
        assertEquals("add expects 2 arguments, got 1", errorMessage(backend, """
                func add(a, b) { return a + b }
                add(1)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void callingANonFunctionIsAnError(BackendType backend) {
        assertTrue(errorMessage(backend, "x := 5\nx()").startsWith("Cannot call non-function"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void runtimeErrorCarriesPositionAndRuffStack(BackendType backend) {
        ScriptOutcome o = ScriptOutcome.of(backend, """
                func inner() {
                    return 1 / 0
                }
                func outer() { return inner() }
                outer()
                """);
        RuffRuntimeError e = o.error();
        assertEquals("Division by zero", e.getMessage());
        assertEquals(2, e.pos().line());
        assertEquals("inner", e.stack().get(0).function());
        assertEquals("outer", e.stack().get(1).function());
        assertEquals(4, e.stack().get(1).pos().line());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void deepRecursionIsARuffErrorNotAStackOverflow(BackendType backend) {
        assertTrue(errorMessage(backend, """
                func down(n) { return down(n + 1) }
                down(0)
                """).startsWith("Maximum call stack depth of 10000 exceeded while calling down"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void recursionNineThousandDeepSucceeds(BackendType backend) {
        assertEquals("9000\n", output(backend, """
                func depth(n) { if n == 0 { return 0 } return 1 + depth(n - 1) }
                print(depth(9000))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void topLevelReturnEndsScriptQuietly(BackendType backend) {
        assertEquals("a\n", output(backend, """
                print("a")
                return;
                print("b")
                """));
    }
}
