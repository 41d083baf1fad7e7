package dev.ruff.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * async functions, await, spawn and generators, with no natives beyond the prelude (the async natives
 * are tested in ruff-stdlib). Every test that is not about one backend's machinery (the interpreter's
 * generator threads) runs on both backends and expects the same outcome.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AsyncSemanticsTest {
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void asyncCallReturnsAPromiseAndAwaitYieldsTheValue(BackendType backend) {
        assertEquals("promise\n<unknown>\n42\n42\n5\nnull\n", ScriptOutcome.output(backend, """
                async func answer() { return 42 }
                p := answer()
                print(type(p))
                print(p)
                print(await p)
                print(await p)
                print(await 5)
                async func nothing() { }
                print(await nothing())
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void expressionAndStructMethodFormsAreAsyncToo(BackendType backend) {
        assertEquals("promise 14\npromise 10\n", ScriptOutcome.output(backend, """
                handler := async func(x) { return x * 2 }
                h := handler(7)
                print(type(h), await h)
                struct Acc { total: int
                  async func add(self, n) { return self.total + n } }
                a := Acc { total: 3 }
                m := a.add(7)
                print(type(m), await m)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void errorInAsyncBodyIsRaisedAtTheAwaitWithItsOriginalMessage(BackendType backend) {
        assertEquals("caught: kaboom\nafter\n", ScriptOutcome.output(backend, """
                async func boom() { throw("kaboom") }
                p := boom()
                try { await p } except e { print("caught: " + e.message) }
                print("after")
                """));
        ScriptOutcome uncaught = ScriptOutcome.of(backend, "async func boom() { x := 1 / 0 }\ny := 1\nawait boom()\n");
        assertEquals("Division by zero", uncaught.error().getMessage());
        assertEquals(3, uncaught.error().pos().line());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void arityIsCheckedAtTheCallSite(BackendType backend) {
        assertEquals("pair expects 2 arguments, got 1",
                ScriptOutcome.errorMessage(backend, "async func pair(a, b) { return a }\npair(1)\n"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void asyncClosuresShareCapturedVariables(BackendType backend) {
        assertEquals("1 2\n", ScriptOutcome.output(backend, """
                func make_counter() { mut count := 0
                  async func bump() { count := count + 1  return count }
                  return bump }
                bump := make_counter()
                first := await bump()
                second := await bump()
                print(first, second)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void nestedAwaitsOnAOneThreadExecutorDoNotDeadlock(BackendType backend) throws Exception {
        ExecutorService oneThread = Executors.newFixedThreadPool(1);
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).executor(oneThread)
                .out(out).build()) {
            engine.eval("""
                    async func depth(n) { if n == 0 { return 0 }  return (await depth(n - 1)) + 1 }
                    async func leaf(x) { return x }
                    async func fan() { a := leaf(1)  b := leaf(2)  c := depth(5)
                      return (await a) + (await b) + (await c) }
                    async func outer() { return (await fan()) * 10 }
                    print(await depth(40), await outer())
                    """);
        } finally {
            oneThread.shutdownNow();
        }
        assertEquals("40 80\n", out.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void generatorsAreLazyAndResumeInsideLoops(BackendType backend) {
        assertEquals("generator\n<generator (1 params)>\nstart\n0\n1\n2\nend\n[a]\nb0\nb1\n", ScriptOutcome.output(backend, """
                func* count(n) { print("start")  mut i := 0
                  while i < n { yield i  i := i + 1 }
                  print("end") }
                g := count(3)
                print(type(g))
                print(g)
                for x in g { print(x) }
                func* letters() { yield "a" }
                for x in letters { print("[" + x + "]") }
                func* forever() { mut i := 0  loop { yield i  i := i + 1 } }
                for x in forever() { if x == 2 { break }  print("b" + to_string(x)) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void generatorBodyRunsOnlyAsFarAsConsumedAndErrorsReachTheLoop(BackendType backend) {
        assertEquals("yielding 1\n1\ncaught: bad step\n", ScriptOutcome.output(backend, """
                func* steps() { print("yielding 1")  yield 1  print("never printed")  yield 2 }
                for x in steps() { print(x)  break }
                func* failing() { yield 0  throw("bad step") }
                try { for x in failing() { } } except e { print("caught: " + e.message) }
                """));
        assertEquals("yield can only be used inside a generator function",
                ScriptOutcome.errorMessage(backend, "func f() { yield 1 }\nf()\n"));
    }

    @Test
    void abandonedGeneratorThreadsEndWhenTheEngineCloses() throws Exception {
        RuffEngine engine = RuffEngine.builder().backend(BackendType.INTERPRETER).out(new StringWriter()).build();
        engine.eval("""
                func* forever() { mut i := 0  loop { yield i  i := i + 1 } }
                gens := [forever(), forever(), forever()]
                for g in gens { for x in g { if x == 1 { break } } }
                """);
        engine.close();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("ruff-generator-")) {
                t.join(TimeUnit.SECONDS.toMillis(10));
                assertTrue(!t.isAlive(), t.getName() + " still alive");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void spawnRunsOnTheExecutorWithASnapshotAndReportsErrors(BackendType backend) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).executor(pool)
                .out(out).err(err).build()) {
            engine.eval("""
                    mut counter := 7
                    base := 21
                    spawn { counter := 999  print("spawned sees", base * 2) }
                    spawn { throw("spawn oops") }
                    print("parent", counter)
                    """);
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertTrue(out.toString().contains("parent 7\n"), out.toString());
        assertTrue(out.toString().contains("spawned sees 42\n"), out.toString());
        assertEquals("Error in spawn block: spawn oops (at <eval>:4:9)\n", err.toString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void uncaughtAwaitErrorKeepsThePosition(BackendType backend) {
        RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> {
            ScriptOutcome o = ScriptOutcome.of(backend, "async func f() { throw(\"x\") }\n\nawait f()\n");
            throw o.error();
        });
        assertEquals(3, e.pos().line());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void generatorFormsYieldsWithoutOperandAndNestedLoops(BackendType backend) {
        assertEquals("1 null \n0:0 0:1 1:0 1:1 \n2 4 6 \n5\n", ScriptOutcome.output(backend, """
                gen := func*() { yield 1  yield }
                mut seen := ""
                for v in gen() { seen := seen + to_string(v) + " " }
                print(seen)
                func* pairs(n) { for i in range(n) { mut j := 0  while j < n { yield to_string(i) + ":" + to_string(j)  j := j + 1 } } }
                mut line := ""
                for p in pairs(2) { line := line + p + " " }
                print(line)
                func* doubled(src) { for x in src { yield x * 2 } }
                line := ""
                for d in doubled([1, 2, 3]) { line := line + to_string(d) + " " }
                print(line)
                func* guarded() { try { yield 5  throw("after") } except e { return } }
                for g in guarded() { print(g) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void generatorsKeepTheirOwnStateAndCallFunctions(BackendType backend) {
        assertEquals("0 1 10 11 20 \n<exhausted generator (1 params)>\n", ScriptOutcome.output(backend, """
                func tens(x) { return x * 10 }
                func* walk(n) { for i in range(n) { yield tens(i)  yield tens(i) + 1 } }
                a := walk(3)
                b := walk(3)
                mut out := ""
                mut n := 0
                for x in a { out := out + to_string(x) + " "  n := n + 1  if n == 5 { break } }
                print(out)
                for x in b { n := n + 1 }
                print(b)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void asyncBodiesSeeUpdatesAndAwaitPlainValues(BackendType backend) {
        assertEquals("3\n[1, 2]\n7\n", ScriptOutcome.output(backend, """
                async func add(a, b) { return (await a) + (await b) }
                print(await add(1, 2))
                async func both() { x := add(0, 1)  y := add(1, 1)  return [await x, await y] }
                print(await both())
                func plain() { return await add(3, 4) }
                print(plain())
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void asyncErrorsCarryTheirMessageThroughNestedAwaits(BackendType backend) {
        assertEquals("inner: deep\nouter caught\n", ScriptOutcome.output(backend, """
                async func deep() { throw("deep") }
                async func middle() { return await deep() }
                async func outer() { try { await middle() } except e { print("inner: " + e.message)  return "outer caught" } }
                print(await outer())
                """));
    }
}
