package dev.ruff.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.function.IntBinaryOperator;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/**
 * A javax.script client written against the specification alone: it imports nothing of Ruff and finds the
 * engine the way any generic tool does, then exercises what the API promises.
 */
class GenericScriptClientTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void theManagerFindsTheEngineByNameExtensionAndMimeType() {
        assertNotNull(manager.getEngineByName("ruff"));
        assertNotNull(manager.getEngineByName("Ruff"));
        assertNotNull(manager.getEngineByExtension("ruff"));
        assertNotNull(manager.getEngineByMimeType("application/x-ruff"));
        ScriptEngineFactory factory = manager.getEngineByName("ruff").getFactory();
        assertEquals(factory.getEngineName(), factory.getParameter(ScriptEngine.ENGINE));
        assertEquals(factory.getEngineVersion(), factory.getParameter(ScriptEngine.ENGINE_VERSION));
        assertEquals(factory.getLanguageName(), factory.getParameter(ScriptEngine.LANGUAGE));
        assertEquals(factory.getLanguageVersion(), factory.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertTrue(factory.getNames().contains((String) factory.getParameter(ScriptEngine.NAME)));
        assertEquals("MULTITHREADED", factory.getParameter("THREADING"));
        assertNull(factory.getParameter("no.such.key"));
    }

    @Test
    void theFactorysSyntaxHelpersProduceRunnablePrograms() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("ruff");
        ScriptEngineFactory factory = engine.getFactory();
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        String tricky = "say \"hi\" \\ ${not interpolated} $x\ttab";
        engine.eval(factory.getProgram(factory.getOutputStatement(tricky), factory.getOutputStatement("two")));
        assertEquals(tricky + "\ntwo\n", out.toString());
        engine.eval("struct Acc { n: int, func plus(a, b) { return n + a + b } }\nacc := Acc { n: 1 }");
        assertEquals(6L, engine.eval(factory.getMethodCallSyntax("acc", "plus", "2", "3")));
    }

    @Test
    void evalBindingsAndOutputFollowTheSpecification() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("ruff");
        assertEquals(2L, engine.eval("1 + 1"));
        engine.put("greeting", "hello");
        assertEquals("hello world", engine.eval("greeting + \" world\""));
        engine.eval("answer := 42");
        assertEquals(42L, engine.get("answer"));

        ScriptContext context = new SimpleScriptContext();
        Bindings foreign = new SimpleBindings();
        foreign.put("n", 20);
        context.setBindings(foreign, ScriptContext.ENGINE_SCOPE);
        StringWriter out = new StringWriter();
        context.setWriter(out);
        assertEquals(21L, engine.eval("m := n + 1\nprint(m)\nm", context));
        assertEquals("21\n", out.toString());
        assertEquals(21L, foreign.get("m"), "globals defined by the script reach foreign bindings");
    }

    @Test
    void compiledScriptsAndInvocableWork() throws Exception {
        ScriptEngine engine = manager.getEngineByName("ruff");
        CompiledScript square = ((Compilable) engine).compile("x * x");
        Bindings a = engine.createBindings();
        a.put("x", 3);
        Bindings b = engine.createBindings();
        b.put("x", 5);
        assertEquals(9L, square.eval(a));
        assertEquals(25L, square.eval(b));
        assertEquals(engine, square.getEngine());

        engine.eval("func add(a, b) { return a + b }");
        Invocable invocable = (Invocable) engine;
        assertEquals(5L, invocable.invokeFunction("add", 2, 3));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("missing"));
        IntBinaryOperator add = invocable.getInterface(IntBinaryOperator.class);
        assertNull(add, "no function applyAsInt: the interface is not implemented");
        engine.eval("func applyAsInt(a, b) { return a * b }");
        assertEquals(12, invocable.getInterface(IntBinaryOperator.class).applyAsInt(3, 4));
    }

    @Test
    void errorsAreScriptExceptionsWithPositions() {
        ScriptEngine engine = manager.getEngineByName("ruff");
        engine.put(ScriptEngine.FILENAME, "broken.ruff");
        ScriptException syntax = assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("x := (1 +"));
        assertEquals("broken.ruff", syntax.getFileName());
        assertTrue(syntax.getLineNumber() >= 1 && syntax.getColumnNumber() >= 1, syntax.getMessage());
        ScriptException runtime = assertThrows(ScriptException.class, () -> engine.eval("\n\n  nothing_here + 1"));
        assertEquals("broken.ruff", runtime.getFileName());
        assertEquals(3, runtime.getLineNumber());
        assertEquals(3, runtime.getColumnNumber());
        assertTrue(runtime.getMessage().contains("Undefined variable: nothing_here"), runtime.getMessage());
    }

    @Test
    void globalScopeIsReadThroughAndEngineScopeWins() throws ScriptException {
        manager.put("appName", "shop");
        ScriptEngine engine = manager.getEngineByName("ruff");
        assertEquals("shop", engine.eval("appName"));
        engine.put("appName", "mine");
        assertEquals("mine", engine.eval("appName"));
        assertEquals(List.of(), List.copyOf(engine.getBindings(ScriptContext.GLOBAL_SCOPE).keySet()).stream()
                .filter(k -> !k.equals("appName")).toList());
    }
}
