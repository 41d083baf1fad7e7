package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * {@code s := s + piece} builds strings in place ({@code StringAccumulator}) on both backends; these
 * check that nothing observable changes: aliasing, containers, closures, natives, hosts and errors.
 */
class StringAccumulationTest {
    private static final String LONG = "x".repeat(70); // past the accumulator's start threshold

    private static String out(BackendType backend, String source) {
        Runs.Outcome o = Runs.run(backend, source);
        return o.describe();
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aliasesKeepTheValueTheyWereGiven(BackendType backend) {
        assertEquals("ab\nabcd\nab" + LONG + "\nabcd\n", out(backend, """
                func run() {
                    mut s := "a"
                    s := s + "b"
                    t := s
                    s := s + "cd"
                    print(t)
                    print(s)
                    mut u := t
                    u := u + "%s"
                    print(u)
                    print(s)
                }
                run()
                """.formatted(LONG)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void valuesStoredInContainersAreSnapshots(BackendType backend) {
        assertEquals("%1$s\n%1$sy\n%1$s\n%1$sy\n%1$s\n%1$sy\n".formatted(LONG), out(backend, """
                struct Box { v }
                func run() {
                    mut s := ""
                    s := s + "%s"
                    arr := [s]
                    d := {"k": s}
                    b := Box { v: s }
                    s := s + "y"
                    print(arr[0])
                    print(s)
                    print(d["k"])
                    arr2 := [s]
                    print(arr2[0])
                    print(b.v)
                    s := s + ""
                    print(s)
                }
                run()
                """.formatted(LONG)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closuresSeeTheVariableNotASnapshot(BackendType backend) {
        assertEquals("abc\nabcabc\n", out(backend, """
                func run() {
                    mut s := ""
                    get := func() { return s }
                    for p in ["a", "b", "c"] {
                        s := s + p
                    }
                    print(get())
                    s := s + get()
                    print(s)
                }
                run()
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void readsSeePlainStrings(BackendType backend) {
        String expected = "java.lang.String\nstring\n3000\ntrue\nfalse\nab\n3\nb\ncba\n[abc]\n";
        assertEquals(expected, out(backend, """
                func run() {
                    mut s := ""
                    for i in range(1000) {
                        s := s + "abc"
                    }
                    print(java_class(s))
                    print(type(s))
                    print(len(s))
                    print(s == s)
                    print(s < "abb")
                    mut t := "a"
                    t := t + "b"
                    print(t)
                    mut n := 0
                    tc := t + "c"
                    for ch in tc {
                        n := n + 1
                    }
                    print(n)
                    print(t[1])
                    mut r := ""
                    for ch in ["a", "b", "c"] {
                        r := ch + r
                    }
                    print(r)
                    first := s[0] + s[1] + s[2]
                    print([first])
                }
                run()
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void selfAppendAndLocalOperands(BackendType backend) {
        assertEquals("abab\nababx" + LONG + "\n6\n", out(backend, """
                func run() {
                    mut s := "ab"
                    s := s + s
                    print(s)
                    x := "x"
                    s := s + x
                    long := "%s"
                    s := s + long
                    print(s)
                    mut n := 1
                    k := 5
                    n := n + k
                    print(n)
                }
                run()
                """.formatted(LONG)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void errorsAndOverloadsAreUnchanged(BackendType backend) {
        String bad = out(backend, """
                func run() {
                    mut s := "%s"
                    s := s + "a"
                    s := s + 1
                }
                run()
                """.formatted(LONG));
        assertEquals("!! Invalid binary operation: string + int @ test.ruff:4:10", bad);
        assertEquals("7\n", out(backend, """
                struct Money {
                    cents,
                    func op_add(self, other) { return Money { cents: self.cents + other } }
                }
                func run() {
                    mut m := Money { cents: 1 }
                    m := m + 6
                    print(m.cents)
                }
                run()
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void bothBackendsReportTheSameErrors(BackendType backend) {
        String source = """
                func run() {
                    mut s := "a"
                    s := s + "b"
                    s := s + [1]
                }
                run()
                """;
        assertEquals(out(BackendType.INTERPRETER, source), out(backend, source));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void chainedAppendsSeeTheOldValueInEveryTerm(BackendType backend) {
        assertEquals("ab-ab\nab-ab!ab-ab|g|ab-ab-\nx1,x1,\n", out(backend, """
                func run() {
                    mut s := "ab"
                    s := s + "-" + s
                    print(s)
                    s := s + "!" + s + "|" + g + "|" + s + "-"
                    print(s)
                }
                g := "g"
                run()
                t := ""
                for i in range(2) { t := t + "x" + to_string(1) + "," }
                print(t)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aFailingTermInAChainLeavesTheVariableUnchanged(BackendType backend) {
        String source = """
                s := "%s"
                func bad() { throw("boom") }
                try { s := s + "a" + bad() + "b" } except e { print(e.message) }
                print(len(s))
                func local() {
                    mut t := "%s"
                    try { t := t + "a" + bad() } except e { print(e.message) }
                    return len(t)
                }
                print(local())
                """.formatted(LONG, LONG);
        assertEquals("boom\n70\nboom\n70\n", out(backend, source));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void aChainReportsTheFailingAdditionAsAPlainSumWould(BackendType backend) {
        // A sum's position is where its left operand starts, for the chain as for u := s + "a" + [1].
        assertEquals("!! Invalid binary operation: string + array @ test.ruff:3:10", out(backend, """
                func run() {
                    mut s := "%s"
                    s := s + "a" + [1] + "b"
                }
                run()
                """.formatted(LONG)));
        assertEquals("!! Invalid binary operation: string + array @ test.ruff:2:6", out(backend, """
                s := "%s"
                s := s + "a" + [1] + "b"
                """.formatted(LONG)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void chainsOfNumbersStayArithmetic(BackendType backend) {
        assertEquals("10\n3.5\n", out(backend, """
                func run() {
                    mut n := 1
                    a := 4
                    n := n + a + 5
                    print(n)
                    mut f := 1.0
                    f := f + 2 + 0.5
                    print(f)
                }
                run()
                """));
    }

    @Test
    void hostsReceiveJavaStrings() {
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).out(new StringWriter())
                .module(new TestNatives()).build()) {
            RuffContext context = engine.newContext();
            engine.compile("""
                    func build(n) {
                        mut s := ""
                        for i in range(n) {
                            s := s + "ab"
                        }
                        return s
                    }
                    """, "build.ruff").run(context);
            Object built = context.call("build", 100);
            assertInstanceOf(String.class, built);
            assertEquals("ab".repeat(100), built);
        }
    }

    @Test
    void theVmAppendsOnlyForStringLikeUpdates() {
        String text = Runs.disassemble("""
                func f(pieces) {
                    mut s := ""
                    mut i := 0
                    for p in pieces {
                        s := s + pieces[i]
                        s := s + p
                        i := i + 1
                    }
                    return s
                }
                """);
        assertTrue(text.contains("APPEND_LOCAL    1"), text);
        assertTrue(text.contains("STORE_LOCALS_OP 3 1"), text); // s := s + p, fused, op 3 = append
        assertTrue(text.contains("LOAD_ACC"), text);
        assertTrue(text.contains("STORE_INT_OP"), text); // the counter keeps its fused instruction
        assertFalse(text.lines().anyMatch(l -> l.contains("LOAD_ACC") && l.contains("'i'")), text);
    }
}
