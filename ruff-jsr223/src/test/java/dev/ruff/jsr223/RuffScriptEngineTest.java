package dev.ruff.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.host.RuffExport;
import dev.ruff.host.RuffStruct;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.script.Bindings;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ruff-specific behaviour of the JSR-223 engine (issue items 3–5). */
class RuffScriptEngineTest {
    private final RuffScriptEngine engine = (RuffScriptEngine) new RuffScriptEngineFactory().getScriptEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void engineScopeIsALiveViewOfTheGlobals() throws ScriptException {
        Bindings scope = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        scope.put("price", 10);
        engine.eval("total := price * 3\nprice := 11");
        assertEquals(30L, scope.get("total"));
        assertEquals(11L, scope.get("price"));
        assertTrue(scope.containsKey("total"));
        assertEquals(30L, scope.remove("total"));
        assertFalse(scope.containsKey("total"));
        ScriptException gone = assertThrows(ScriptException.class, () -> engine.eval("total"));
        assertTrue(gone.getMessage().contains("Undefined variable: total"));
        assertThrows(NullPointerException.class, () -> scope.put(null, 1));
        assertThrows(IllegalArgumentException.class, () -> scope.put("", 1));
    }

    @Test
    void createBindingsGivesFreshGlobals() throws ScriptException {
        engine.eval("shared := 1");
        Bindings fresh = engine.createBindings();
        assertTrue(fresh.isEmpty());
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("shared", fresh));
        assertTrue(e.getMessage().contains("Undefined variable: shared"));
    }

    @Test
    void evalIsNullAfterANonExpressionStatement() throws ScriptException {
        assertNull(engine.eval("x := 1"));
        assertNull(engine.eval("func f() { return 1 }"));
        assertEquals(2L, engine.eval("1 + 1"));
    }

    @Test
    void printErrorsAndInputUseTheContextStreams() throws ScriptException {
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        context.setWriter(out);
        context.setErrorWriter(err);
        context.setReader(new StringReader("Ada\n"));
        engine.eval("name := input(\"name? \")\nprint(\"hi \" + name)\neprint(\"warned\")", context);
        assertEquals("name? hi Ada\n", out.toString());
        assertEquals("warned\n", err.toString());
    }

    @Test
    void inputWithoutAReaderIsAnErrorNotTheProcessStandardInput() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("input()"));
        assertInstanceOf(RuffRuntimeError.class, e.getCause());
        assertTrue(e.getMessage().contains("input() has no input source"), e.getMessage());
    }

    @Test
    void argvIsWhatArgsReturnsAndFilenameNamesTheScript() throws ScriptException {
        engine.put(ScriptEngine.ARGV, new String[] {"a", "b"});
        assertEquals(List.of("a", "b"), engine.eval("args()"));
        engine.put(ScriptEngine.FILENAME, "rules.ruff");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("func f() { return nope }\nf()"));
        assertEquals("rules.ruff", e.getFileName());
        assertEquals(1, e.getLineNumber());
        assertTrue(e.getMessage().contains("--> rules.ruff:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("Call stack:"), e.getMessage());
    }

    @Test
    void syntaxErrorsSurfaceAtCompile() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.compile("func broken( {"));
        assertEquals(1, e.getLineNumber());
        assertTrue(e.getColumnNumber() > 0);
        assertTrue(e.getMessage().startsWith("[RUFPARSE"), e.getMessage());
    }

    @Test
    void topLevelAwaitWorksInAnEvaluatedScript() throws ScriptException {
        assertEquals(List.of(1L, 4L), engine.eval("""
                async func square(n) { return n * n }
                a := await square(1)
                b := await square(2)
                [a, b]
                """.replace("[a, b]", "func pair(x, y) { return [x, y] }\npair(a, b)")));
    }

    /** An interface whose method returns a future: a Ruff async func implements it. */
    public interface Loader {
        CompletableFuture<Object> load(String key);

        int size();
    }

    @Test
    void invocableCallsStructMethodsAndMapsFuturesToAsyncFunctions() throws Exception {
        engine.eval("""
                struct Counter { n: int, func add(k) { return n + k } }
                c := Counter { n: 40 }
                async func load(key) { return {"key": key} }
                func size() { return 1 }
                """);
        Object counter = engine.get("c");
        assertInstanceOf(RuffStruct.class, counter);
        assertEquals(42L, engine.invokeMethod(counter, "add", 2));
        assertThrows(NoSuchMethodException.class, () -> engine.invokeMethod(counter, "missing"));
        assertThrows(IllegalArgumentException.class, () -> engine.invokeMethod("not a struct", "add"));
        Loader loader = engine.getInterface(Loader.class);
        assertEquals(Map.of("key", "k"), loader.load("k").get(10, TimeUnit.SECONDS));
        assertEquals(1, loader.size());
        Runnable viaStruct = engine.getInterface(counter, Runnable.class);
        assertNull(viaStruct, "Counter has no run method");
    }

    /** Reports the thread a script calls it on. */
    public static final class ThreadProbe {
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        @RuffExport
        public String where() {
            String name = Thread.currentThread().getName();
            seen.add(name);
            return name;
        }
    }

    @Test
    void theExecutorAttributeRunsTheEvaluationsAsyncWork() throws Exception {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "host-pool-" + n.incrementAndGet()));
        try {
            ThreadProbe probe = new ThreadProbe();
            engine.put("probe", probe);
            engine.getContext().setAttribute(RuffScriptEngineFactory.EXECUTOR_ATTRIBUTE, pool,
                    ScriptContext.ENGINE_SCOPE);
            Object where = engine.eval("""
                    async func work() { return probe.where() }
                    # not awaited at once: an awaiting thread would run a task that has not started itself
                    tasks := [work(), work(), work()]
                    await async_sleep(300)
                    results := []
                    for t in tasks { results := push(results, await t) }
                    results[2]
                    """);
            assertTrue(((String) where).startsWith("host-pool-"), "ran on " + where);
            assertTrue(probe.seen.stream().allMatch(t -> t.startsWith("host-pool-")), probe.seen.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFactoryConfiguredExecutorIsTheDefault() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "factory-pool"));
        try (RuffScriptEngine configured = (RuffScriptEngine) new RuffScriptEngineFactory(b -> b.executor(pool))
                .getScriptEngine()) {
            configured.put("probe", new ThreadProbe());
            assertEquals("factory-pool", configured.eval(
                    "async func w() { return probe.where() }\np := w()\nawait async_sleep(300)\nawait p"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneCompiledScriptRunsOnEightThreadsWithSeparateBindingsWithoutCrosstalk() throws Exception {
        CompiledScript script = engine.compile("""
                acc := 0
                for i in range(0, 10) { acc := acc + seed }
                result := acc + seed
                result
                """);
        int threads = 8;
        int runs = 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < runs; i++) {
                        long seed = thread * 1_000_000L + i;
                        Bindings bindings = engine.createBindings();
                        bindings.put("seed", seed);
                        Object result = script.eval(bindings);
                        if (!Long.valueOf(seed * 11).equals(result) || !Long.valueOf(seed * 11).equals(bindings.get("result"))
                                || !Long.valueOf(seed * 10).equals(bindings.get("acc"))) {
                            throw new AssertionError("thread " + thread + " run " + i + ": " + result);
                        }
                        ok++;
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (var f : done) {
                total += f.get(300, TimeUnit.SECONDS);
            }
            assertEquals(threads * runs, total);
        } finally {
            pool.shutdownNow();
        }
    }
}
