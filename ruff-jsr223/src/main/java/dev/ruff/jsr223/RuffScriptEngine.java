package dev.ruff.jsr223;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.diag.RuffException;
import dev.ruff.diag.RuffSyntaxError;
import dev.ruff.host.RuffFunction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;

/**
 * A JSR-223 engine running Ruff on one {@link RuffEngine}; also {@link Compilable} and {@link Invocable}.
 *
 * <ul>
 * <li>{@code eval} returns the value of the script's last statement when it is an expression (or of a
 *     top-level {@code return}), converted as the README's table says; otherwise {@code null}.</li>
 * <li>{@code ENGINE_SCOPE} bindings made by {@link #createBindings()} are the script's globals, live; any
 *     other {@link Bindings} work too (their entries are copied in before and out after each evaluation).
 *     Names no global defines are read through {@code GLOBAL_SCOPE}.</li>
 * <li>{@code print} writes to the context's writer, errors to its error writer, {@code input()} reads its
 *     reader; {@code javax.script.argv} is what {@code args()} returns, {@code javax.script.filename} names
 *     the script in diagnostics, and the attribute {@value RuffScriptEngineFactory#EXECUTOR_ATTRIBUTE} (an
 *     {@link Executor}, any scope) is where the evaluation's async work runs.</li>
 * <li>Every failure is a {@link ScriptException} with file, line and column; its cause is the Ruff error.</li>
 * </ul>
 */
public final class RuffScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
    /** The script name used in diagnostics when the context names none. */
    public static final String DEFAULT_FILENAME = "<eval>";

    private final RuffScriptEngineFactory factory;
    private final RuffEngine engine;

    RuffScriptEngine(RuffScriptEngineFactory factory, RuffEngine engine) {
        this.factory = factory;
        this.engine = engine;
        SimpleScriptContext initial = new SimpleScriptContext();
        // input() reads only what the host gives: not the process's standard input by default
        initial.setReader(null);
        initial.setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
        setContext(initial);
    }

    /** The Ruff engine behind this script engine (its natives, capabilities and settings). */
    public RuffEngine ruffEngine() {
        return engine;
    }

    @Override
    public Bindings createBindings() {
        RuffBindings[] self = new RuffBindings[1];
        RuffContext context = engine.newContext(new java.util.function.Function<String, Object>() {
            @Override
            public Object apply(String name) {
                return self[0].readThrough(name); // a nested class, not a lambda: made before a host's first eval
            }
        });
        self[0] = new RuffBindings(this, context);
        return self[0];
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ------------------------------------------------------------------ eval and compile

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return run(compile(script, fileName(context)), context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        RuffScript compiled = compile(script, fileName(context));
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                return run(compiled, context);
            }

            @Override
            public ScriptEngine getEngine() {
                return RuffScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    private RuffScript compile(String script, String fileName) throws ScriptException {
        Objects.requireNonNull(script, "script");
        try {
            return engine.compile(script, fileName);
        } catch (RuffSyntaxError e) {
            throw ScriptErrors.of(e, fileName);
        }
    }

    private static String fileName(ScriptContext context) {
        Object name = context.getAttribute(ScriptEngine.FILENAME);
        return name != null ? name.toString() : DEFAULT_FILENAME;
    }

    private static String readAll(Reader reader) throws ScriptException {
        Objects.requireNonNull(reader, "reader");
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }

    /** Runs a compiled script against the context's bindings, with the context's streams, args and executor. */
    Object run(RuffScript script, ScriptContext context) throws ScriptException {
        Objects.requireNonNull(context, "context");
        Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        RuffBindings target = ownBindings(engineScope);
        boolean foreign = target == null;
        if (foreign) {
            target = (RuffBindings) createBindings();
            copyIn(engineScope, target);
        }
        target.running.lock();
        try {
            target.globalScope = context.getBindings(ScriptContext.GLOBAL_SCOPE);
            RuffContext ruff = target.context();
            configure(ruff, context);
            try {
                return script.run(ruff);
            } catch (RuffException e) {
                throw ScriptErrors.of(e, script.name());
            } finally {
                flush(context.getWriter());
                flush(context.getErrorWriter());
                if (foreign) {
                    copyOut(target, engineScope);
                }
            }
        } finally {
            target.globalScope = null;
            target.running.unlock();
        }
    }

    private RuffBindings ownBindings(Bindings bindings) {
        return bindings instanceof RuffBindings rb && rb.owner() == this ? rb : null;
    }

    private static void copyIn(Bindings from, RuffBindings to) {
        if (from == null) {
            return;
        }
        for (Map.Entry<String, Object> e : from.entrySet()) {
            to.put(e.getKey(), e.getValue());
        }
    }

    private static void copyOut(RuffBindings from, Bindings to) {
        if (to == null) {
            return;
        }
        from.context().globals().forEach(to::put);
    }

    private void configure(RuffContext ruff, ScriptContext context) {
        ruff.setOut(context.getWriter());
        ruff.setErr(context.getErrorWriter());
        ruff.setInput(context.getReader());
        ruff.setScriptArgs(arguments(context.getAttribute(ScriptEngine.ARGV)));
        Object executor = context.getAttribute(RuffScriptEngineFactory.EXECUTOR_ATTRIBUTE);
        ruff.setExecutor(executor instanceof Executor e ? e : null);
    }

    private static List<String> arguments(Object argv) {
        if (argv == null) {
            return null;
        }
        if (argv instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (argv instanceof Iterable<?> items) {
            List<String> out = new java.util.ArrayList<>();
            items.forEach(item -> out.add(String.valueOf(item)));
            return out;
        }
        return List.of(String.valueOf(argv));
    }

    private static void flush(Writer writer) {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ Invocable

    /** The Ruff globals of the default context, for the {@link Invocable} methods. */
    private RuffContext invocationContext() {
        RuffBindings own = ownBindings(context.getBindings(ScriptContext.ENGINE_SCOPE));
        if (own == null) {
            throw new IllegalStateException("Invocable needs the engine's own ENGINE_SCOPE bindings "
                    + "(from createBindings())");
        }
        configure(own.context(), context);
        return own.context();
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(name, "name");
        RuffContext ruff = invocationContext();
        Object value = ruff.has(name) ? ruff.get(name) : null;
        if (!(value instanceof RuffFunction function)) {
            throw new NoSuchMethodException("no Ruff function " + name);
        }
        try {
            return function.call(args);
        } catch (RuffException e) {
            throw ScriptErrors.of(e, fileName(context));
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(name, "name");
        if (!(thiz instanceof dev.ruff.host.RuffStruct struct)) {
            throw new IllegalArgumentException("invokeMethod needs a Ruff struct, got "
                    + (thiz == null ? "null" : thiz.getClass().getName()));
        }
        RuffContext ruff = invocationContext();
        if (!struct.methodNames().contains(name)) {
            throw new NoSuchMethodException("struct " + struct.typeName() + " has no method " + name);
        }
        try {
            return ruff.callMethod(thiz, name, args);
        } catch (RuffException e) {
            throw ScriptErrors.of(e, fileName(context));
        }
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        checkInterface(type);
        return invocationContext().implement(type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        checkInterface(type);
        if (!(thiz instanceof dev.ruff.host.RuffStruct)) {
            throw new IllegalArgumentException("getInterface needs a Ruff struct, got "
                    + (thiz == null ? "null" : thiz.getClass().getName()));
        }
        return invocationContext().implement(thiz, type);
    }

    private static void checkInterface(Class<?> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + type);
        }
    }

    /** Closes the Ruff engine: its threads stop; the engine must not be used afterwards. */
    @Override
    public void close() {
        engine.close();
    }
}
