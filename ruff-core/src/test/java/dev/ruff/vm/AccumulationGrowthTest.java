package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every accumulation form users write is amortised linear: {@code s := s + x}, {@code s := s + x + ","},
 * {@code s += x}, {@code xs := push(xs, v)} and {@code d[k] := v}, with or without {@code mut}, at top level, in a function
 * and in a closure, on the interpreter, the VM and the compile tier. Each workload runs at n and at 4n in the
 * same JVM and the test compares the bytes the JVM's threads allocated (not time, so a busy machine does not
 * decide it): linear building allocates about 4 times as much at 4n (up to 8 where a buffer's doubling
 * lands differently), quadratic building 16 times; the test fails at 10.
 */
class AccumulationGrowthTest {
    private static final int N = 20_000;

    static Stream<Arguments> workloads() {
        String topString = """
                s := ""
                for i in range(N) { s := s + "ab" }
                print(len(s))
                """;
        String topPlusEquals = """
                s := ""
                mut i := 0
                while i < N { s += "ab"
                    i += 1 }
                print(len(s))
                """;
        String functionString = """
                func build(n) { s := ""
                    for i in range(n) { s := s + "ab" }
                    return s }
                print(len(build(N)))
                """;
        String functionMutString = """
                func build(n) { mut s := ""
                    for i in range(n) { s += "ab" }
                    return s }
                print(len(build(N)))
                """;
        String closureString = """
                func build(n) { s := ""
                    add := func(x) { s := s + x }
                    for i in range(n) { add("ab") }
                    return s }
                print(len(build(N)))
                """;
        String globalFromFunction = """
                log := ""
                func note(x) { log := log + x }
                for i in range(N) { note("ab") }
                print(len(log))
                """;
        String topChain = """
                s := ""
                for i in range(N) { s := s + to_string(i % 10) + "," }
                print(len(s))
                """;
        String functionChain = """
                func build(n) { s := ""
                    for i in range(n) { s := s + "a" + "b" }
                    return s }
                print(len(build(N)))
                """;
        String closureChain = """
                func build(n) { s := ""
                    add := func(x) { s := s + x + "," }
                    for i in range(n) { add("a") }
                    return s }
                print(len(build(N)))
                """;
        String globalChainFromFunction = """
                log := ""
                func note(x) { log := log + x + ";" }
                for i in range(N) { note("a") }
                print(len(log))
                """;
        String topArray = """
                xs := []
                for i in range(N) { xs := push(xs, i) }
                print(len(xs))
                """;
        String functionArray = """
                func build(n) { xs := []
                    for i in range(n) { xs := push(xs, i) }
                    return xs }
                print(len(build(N)))
                """;
        String closureArray = """
                func build(n) { mut xs := []
                    add := func(v) { xs := push(xs, v) }
                    for i in range(n) { add(i) }
                    return xs }
                print(len(build(N)))
                """;
        String topDict = """
                d := {}
                for i in range(N) { d["k" + to_string(i)] := i }
                print(len(d))
                """;
        String closureDict = """
                func build(n) { d := {}
                    put := func(i) { d["k" + to_string(i)] := i }
                    for i in range(n) { put(i) }
                    return d }
                print(len(build(N)))
                """;
        return Stream.of(
                Arguments.of("s := s + x at top level", topString, 2),
                Arguments.of("s += x at top level", topPlusEquals, 2),
                Arguments.of("s := s + x in a function", functionString, 2),
                Arguments.of("mut s += x in a function", functionMutString, 2),
                Arguments.of("s := s + x in a closure", closureString, 2),
                Arguments.of("a global appended from a function", globalFromFunction, 2),
                Arguments.of("s := s + x + \",\" at top level", topChain, 2),
                Arguments.of("s := s + a + b in a function", functionChain, 2),
                Arguments.of("s := s + x + \",\" in a closure", closureChain, 2),
                Arguments.of("a global appended by a chain from a function", globalChainFromFunction, 2),
                Arguments.of("xs := push(xs, v) at top level", topArray, 1),
                Arguments.of("xs := push(xs, v) in a function", functionArray, 1),
                Arguments.of("xs := push(xs, v) in a closure", closureArray, 1),
                Arguments.of("d[k] := v at top level", topDict, 1),
                Arguments.of("d[k] := v in a closure", closureDict, 1));
    }

    private static RuffEngine.Builder tier(String tier) {
        return switch (tier) {
            case "interpreter" -> RuffEngine.builder().backend(BackendType.INTERPRETER);
            case "vm" -> RuffEngine.builder().compileThreshold(-1);
            default -> RuffEngine.builder().compileThreshold(0);
        };
    }

    /** Bytes allocated so far by the live threads (the engine's script threads stay alive in its pool). */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long a : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(a, 0);
        }
        return sum;
    }

    /** The least allocation of two runs (after a warm-up run) of the workload with N replaced by {@code n}. */
    private static long leastAllocation(String tier, String source, int n, long expectedLength) {
        long least = Long.MAX_VALUE;
        StringWriter out = new StringWriter();
        try (RuffEngine engine = tier(tier).out(out).module(new TestNatives()).build()) {
            RuffScript script = engine.compile(source.replace("N", Integer.toString(n)), "grow.ruff");
            for (int run = 0; run < 3; run++) {
                out.getBuffer().setLength(0);
                RuffContext context = engine.newContext();
                long before = allocatedBytes();
                script.run(context);
                long allocated = allocatedBytes() - before;
                if (run > 0) {
                    least = Math.min(least, allocated);
                }
                assertEquals(expectedLength + "\n", out.toString(), "n = " + n);
            }
        }
        return least;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void growsLinearlyOnEveryTier(String title, String source, int unit) {
        for (String tier : List.of("interpreter", "vm", "compiled")) {
            long small = leastAllocation(tier, source, N, (long) unit * N);
            long large = leastAllocation(tier, source, 4 * N, 4L * unit * N);
            double ratio = (double) large / small;
            assertTrue(ratio < 10, () -> String.format("%s on %s: n=%d allocated %.1f MB, 4n allocated %.1f MB (x%.1f)",
                    title, tier, N, small / 1e6, large / 1e6, ratio));
        }
    }
}
