package dev.ruff.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Natives are shared code, but calls into them (argument passing, callbacks into Ruff closures,
 * errors raised inside them) go through each backend: these scripts must behave the same on both.
 */
class NativesThroughBothBackendsTest {

    private static String run(BackendType backend, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            engine.eval(source);
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void higherOrderNativesCallRuffClosures(BackendType backend) {
        assertEquals("[2, 4, 6]\n[2]\n6\n[1, 4, 9]\n", run(backend, """
                xs := [1, 2, 3]
                factor := 2
                print(map(xs, func(x) { return x * factor }))
                print(filter(xs, func(x) { return x % 2 == 0 }))
                print(reduce(xs, 0, func(acc, x) { return acc + x }))
                print(xs.map(func(x) { return x * x }))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void errorRaisedInsideCallbackPropagatesThroughNative(BackendType backend) {
        assertEquals("Division by zero\n", run(backend, """
                try { map([1, 0], func(x) { return 10 / x }) } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void nativeArgumentsAreNotMutated(BackendType backend) {
        assertEquals("[3, 1, 2]\n[1, 2, 3]\n[3, 1, 2, 4]\n", run(backend, """
                xs := [3, 1, 2]
                sorted := sort(xs)
                pushed := push(xs, 4)
                print(xs)
                print(sorted)
                print(pushed)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void jsonRoundTripAndStringNatives(BackendType backend) {
        assertEquals("{\"a\":[1,2.5,\"x\"],\"b\":null}\nHELLO, RUFF\n", run(backend, """
                v := parse_json("{\\"b\\": null, \\"a\\": [1, 2.5, \\"x\\"]}")
                print(to_json(v))
                print(to_upper(join(["hello", "ruff"], ", ")))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void uncaughtNativeErrorCarriesThePositionOfTheCall(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            RuffRuntimeError e = org.junit.jupiter.api.Assertions.assertThrows(RuffRuntimeError.class,
                    () -> engine.compile("x := 1\nparse_json(\"{bad\")\n", "p.ruff").run());
            assertEquals(2, e.pos().line());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void sumOverflowRaisesTheSameErrorAsPlus(BackendType backend) {
        assertEquals("Integer overflow: 9223372036854775807 + 1\n".repeat(3), run(backend, """
                try { print(9223372036854775807 + 1) } except e { print(e.message) }
                try { print(sum([9223372036854775807, 1])) } except e { print(e.message) }
                try { print(sum([9223372036854775807, "x", 1])) } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void sharedAddIntOverflowRaisesTheSameErrorAsPlus(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).grantAll().out(out).build()) {
            engine.eval("""
                    shared_set("n", 9223372036854775807)
                    try { shared_add_int("n", 1) } except e { print(e.message) }
                    print(shared_get("n"))
                    """);
        }
        assertEquals("Integer overflow: 9223372036854775807 + 1\n9223372036854775807\n", out.toString());
    }
}
