package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.host.RuffEnumValue;
import dev.ruff.host.RuffFunction;
import dev.ruff.host.RuffOption;
import dev.ruff.host.RuffResult;
import dev.ruff.host.RuffStruct;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The conversion table of the README ("Embedding"), both ways, and the host-facing value views. */
class HostConversionsTest {
    private static RuffEngine engine(BackendType backend) {
        return RuffEngine.builder().backend(backend).out(new StringWriter()).build();
    }

    @Test
    void everyJavaNumberBecomesAnIntOrAFloat() {
        assertEquals(7L, HostValues.toRuff(BigInteger.valueOf(7)));
        assertEquals(Long.MAX_VALUE, HostValues.toRuff(BigInteger.valueOf(Long.MAX_VALUE)));
        assertEquals(3L, HostValues.toRuff(new AtomicLong(3)));
        assertEquals(0.1, HostValues.toRuff(new BigDecimal("0.1")));
        assertEquals(2.5, HostValues.toRuff(2.5f));
        assertEquals(65L, HostValues.toRuff((byte) 65));
    }

    @Test
    void bigIntegerOutsideSixtyFourBitsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostValues.toRuff(BigInteger.TWO.pow(64)));
        assertEquals("BigInteger 18446744073709551616 does not fit in a Ruff int (64-bit)", e.getMessage());
    }

    @Test
    void nullInsideArraysAndListsBecomesRuffNull() {
        assertEquals(Arrays.asList(1L, null), HostValues.toJava(HostValues.toRuff(new Object[] {1, null})));
        assertEquals(Arrays.asList(null, "x"), HostValues.toJava(HostValues.toRuff(Arrays.asList(null, "x"))));
    }

    @Test
    void setsIterablesAndPrimitiveArraysBecomeArrays() {
        assertEquals(List.of("b", "a"), HostValues.toJava(HostValues.toRuff(new LinkedHashSet<>(List.of("b", "a")))));
        Iterable<Integer> iterable = () -> List.of(1, 2).iterator();
        assertEquals(List.of(1L, 2L), HostValues.toJava(HostValues.toRuff(iterable)));
        assertEquals(List.of(1L, 2L), HostValues.toJava(HostValues.toRuff(new int[] {1, 2})));
        assertEquals(List.of(true), HostValues.toJava(HostValues.toRuff(new boolean[] {true})));
        assertEquals("ab", HostValues.toRuff(new StringBuilder("ab")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void optionalsBecomeOptionsAndComeBackAsViews(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            RuffContext context = engine.newContext();
            context.set("some", Optional.of(5));
            context.set("none", Optional.empty());
            engine.compile("""
                    a := 0
                    b := 0
                    match some { case Some(v): { a := v + 1 } case None: { a := 0 } }
                    match none { case Some(v): { b := v } case None: { b := "nothing" } }
                    """, "options.ruff").run(context);
            assertEquals(6L, context.get("a"));
            assertEquals("nothing", context.get("b"));
            RuffOption some = (RuffOption) context.get("some");
            assertTrue(some.isSome());
            assertEquals(Optional.of(5L), some.toOptional());
            assertFalse(((RuffOption) context.get("none")).isSome());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void structsResultsAndEnumsComeBackAsDocumentedViews(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            RuffContext context = engine.newContext();
            engine.compile("""
                    struct Point { x: int, y: int, func sum() { return x + y } }
                    enum Shape { Circle, Square }
                    p := Point { x: 1, y: 2 }
                    ok := Ok([1, 2])
                    err := Err("bad")
                    shape := Shape::Circle(2.5)
                    """, "views.ruff").run(context);
            RuffStruct p = (RuffStruct) context.get("p");
            assertEquals("Point", p.typeName());
            assertEquals(Map.of("x", 1L, "y", 2L), p.fields());
            assertEquals(2L, p.get("y"));
            assertEquals(Set.of("sum"), p.methodNames());
            assertEquals(3L, context.callMethod(p, "sum"));
            RuffResult ok = (RuffResult) context.get("ok");
            assertTrue(ok.isOk());
            assertEquals(List.of(1L, 2L), ok.value());
            RuffResult err = (RuffResult) context.get("err");
            assertFalse(err.isOk());
            assertEquals("bad", err.value());
            RuffEnumValue shape = (RuffEnumValue) context.get("shape");
            assertEquals("Shape", shape.enumName());
            assertEquals("Circle", shape.variant());
            assertEquals(List.of(2.5), shape.payload());
            // a view passed back is the original value again: the method still works on it
            context.set("q", p);
            assertEquals(3L, engine.compile("return q.sum()", "back.ruff").run(context));
        }
    }

    /** A host interface a Ruff function can implement. */
    public interface PriceRule {
        double apply(double price, String country);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void ruffFunctionsImplementJavaFunctionalInterfaces(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            RuffContext context = engine.newContext();
            engine.compile("""
                    counter := 0
                    func twice(x) { return x * 2 }
                    func answer() { return 42 }
                    func bump() { counter := counter + 1 }
                    func rule(price, country) { if country == "DE" { return price * 1.19 } return price }
                    """, "functions.ruff").run(context);
            Function<Object, Object> twice = context.function("twice", Function.class);
            assertEquals(10L, twice.apply(5));
            Supplier<?> answer = context.function("answer").as(Supplier.class);
            assertEquals(42L, answer.get());
            Runnable bump = context.function("bump", Runnable.class);
            bump.run();
            bump.run();
            assertEquals(2L, context.get("counter"));
            PriceRule rule = context.function("rule", PriceRule.class);
            assertEquals(119.0, rule.apply(100, "DE"), 1e-9);
            assertEquals(100.0, rule.apply(100, "FR"), 1e-9);
            RuffFunction fromGlobals = (RuffFunction) context.get("twice");
            assertEquals("twice", fromGlobals.name());
            assertEquals(8L, fromGlobals.call(4));
            assertThrows(IllegalArgumentException.class, () -> fromGlobals.as(List.class));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void asyncFunctionsAndPromisesBecomeCompletableFuturesOfConvertedValues(BackendType backend) throws Exception {
        try (RuffEngine engine = engine(backend)) {
            RuffContext context = engine.newContext();
            engine.compile("""
                    async func load(n) { return [n, {"n": n}] }
                    async func fail() { throw("broken") }
                    """, "async.ruff").run(context);
            Object result = context.call("load", 3);
            CompletableFuture<?> future = assertInstanceOf(CompletableFuture.class, result);
            assertEquals(List.of(3L, Map.of("n", 3L)), future.get(10, TimeUnit.SECONDS));
            CompletableFuture<?> failing = (CompletableFuture<?>) context.call("fail");
            ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
            assertInstanceOf(RuffRuntimeError.class, e.getCause());
            assertEquals("broken", e.getCause().getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void javaFuturesBecomePromisesScriptsAwait(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            RuffContext context = engine.newContext();
            CompletableFuture<Object> pending = new CompletableFuture<>();
            context.set("pending", pending);
            context.set("done", CompletableFuture.completedFuture(List.of(1, 2)));
            new Thread(() -> pending.complete(Map.of("k", 7))).start();
            engine.compile("""
                    a := await done
                    b := await pending
                    """, "await.ruff").run(context);
            assertEquals(List.of(1L, 2L), context.get("a"));
            assertEquals(Map.of("k", 7L), context.get("b"));
        }
    }

    @Test
    void detachedConversionRefusesFuturesAndFunctionsCannotRun() {
        assertThrows(IllegalArgumentException.class, () -> HostValues.toRuff(new CompletableFuture<>()));
        try (RuffEngine engine = engine(BackendType.VM)) {
            RuffContext context = engine.newContext();
            engine.compile("func f() { return 1 }", "f.ruff").run(context);
            Object raw = HostValues.toRuff(context.get("f"));
            RuffFunction detached = (RuffFunction) HostValues.toJava(raw);
            assertThrows(IllegalStateException.class, detached::call);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void evalReturnsTheLastExpressionStatementOrNull(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            assertEquals(2L, engine.eval("1 + 1"));
            assertEquals(List.of(1L, "a"), engine.eval("func pair(v) { return [v, \"a\"] }\npair(1)"));
            assertNull(engine.eval("x := 1"));
            assertEquals(5L, engine.eval("return 5"));
        }
    }

    @Test
    void compilingTheSameTextAgainReusesTheCompiledScript() {
        try (RuffEngine engine = engine(BackendType.VM)) {
            RuffScript first = engine.compile("1 + 1", "a.ruff");
            assertSame(first, engine.compile("1 + 1", "a.ruff"));
            assertFalse(first == engine.compile("1 + 1", "b.ruff"), "the name is part of the key");
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void runtimeErrorRendersTheCommandLineReport(BackendType backend) {
        try (RuffEngine engine = engine(backend)) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> engine.compile("""
                    func inner() {
                        return undefined_thing
                    }
                    inner()
                    """, "nested.ruff").run());
            // one header whichever backend ran, as the CLI prints it
            assertEquals("[RUFVM001] [vm] Runtime Error: Undefined variable: undefined_thing\n"
                    + "  --> nested.ruff:2:12\n\nCall stack:\n  0 at inner (nested.ruff:2:12)", e.render());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void inputReadsOnlyTheSourceTheHostGave(BackendType backend) {
        try (RuffEngine none = engine(backend)) {
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> none.eval("input()"));
            assertEquals("input() has no input source: the host gave this engine none (RuffEngine.Builder.input)",
                    e.getMessage());
        }
        try (RuffEngine given = RuffEngine.builder().backend(backend).out(new StringWriter())
                .input(new StringReader("first\nsecond\n")).build()) {
            RuffContext context = given.newContext();
            assertEquals(List.of("first", "second"), given.compile("[input(), input()]", "in.ruff").run(context));
            RuffContext own = given.newContext();
            own.setInput(new StringReader("mine\n"));
            assertEquals("mine", given.compile("input()", "in.ruff").run(own));
        }
    }

    @Test
    void nativesAreFrozenOnceTheEngineIsBuilt() {
        try (RuffEngine engine = engine(BackendType.VM)) {
            assertThrows(IllegalStateException.class, () -> engine.natives().constant("LATE", 1L, "too late"));
        }
    }

    @Test
    void contextStreamsAndArgumentsOverrideTheEngines() {
        StringWriter engineOut = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(engineOut).scriptArgs(List.of("engine")).build()) {
            RuffContext context = engine.newContext();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            context.setOut(out);
            context.setErr(err);
            context.setScriptArgs(new ArrayList<>(List.of("ctx")));
            engine.compile("print(args())\neprint(\"oops\")", "io.ruff").run(context);
            assertEquals("[ctx]\n", out.toString());
            assertEquals("oops\n", err.toString());
            assertEquals("", engineOut.toString());
        }
    }
}
