package dev.ruff;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.lang.BindingKind;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.host.RuffFunction;
import dev.ruff.host.RuffStruct;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeFunction;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A set of global variables scripts run against, plus the per-context state of native modules
 * (a seeded random generator, an environment overlay …). Not thread-safe: use one context per
 * thread, or run scripts against it one at a time.
 *
 * <p>Values cross with the conversions of {@link HostValues}; in addition a context turns Ruff
 * functions into callable {@link RuffFunction}s, promises into {@code CompletableFuture}s, Java
 * {@code CompletionStage}s into promises, and other Java objects into host objects whose exported
 * methods scripts may call ({@link dev.ruff.host.RuffExport}).</p>
 *
 * <p>A context may override, for the runs against it, where output goes ({@link #setOut}, {@link #setErr}),
 * where {@code input()} reads ({@link #setInput}), what {@code args()} returns ({@link #setScriptArgs})
 * and the executor async work runs on ({@link #setExecutor}); otherwise the engine's settings apply.</p>
 */
public final class RuffContext {
    private final RuffEngine engine;
    private final Globals globals;
    private final ConcurrentHashMap<Class<?>, Object> state = new ConcurrentHashMap<>();
    private final Conversions conversions = new Conversions(this);
    private volatile PrintWriter out;
    private volatile PrintWriter err;
    private volatile BufferedReader in;
    private volatile List<String> scriptArgs;
    private volatile Executor executor;
    private final boolean readsThrough;

    RuffContext(RuffEngine engine, Globals globals) {
        this(engine, globals, false);
    }

    RuffContext(RuffEngine engine, Globals globals, boolean readsThrough) {
        this.engine = engine;
        this.globals = globals;
        this.readsThrough = readsThrough;
    }

    /** The value of global {@code name} converted for Java, or null if undefined. */
    public Object get(String name) {
        GlobalVar v = globals.lookupVar(name);
        return v == null ? null : conversions.toJava(v.get());
    }

    /** Whether the scripts defined (or the host set) a global called {@code name}. */
    public boolean has(String name) {
        return globals.isDefined(name);
    }

    /** Sets a global for the scripts (a mutable binding), converting {@code value} into Ruff. */
    public void set(String name, Object value) {
        Object ruffValue = conversions.toRuff(value);
        GlobalVar v = globals.lookupVar(name);
        if (v == null) {
            globals.define(name, BindingKind.MUT, ruffValue);
        } else {
            v.set(ruffValue);
        }
    }

    /** Removes the global {@code name}; returns whether there was one. */
    public boolean remove(String name) {
        return globals.remove(name);
    }

    /** Names and values of every global scripts defined, converted for Java. */
    public Map<String, Object> globals() {
        Map<String, Object> all = new LinkedHashMap<>();
        globals.vars().forEach((k, v) -> all.put(k, conversions.toJava(v.get())));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Calls the Ruff function stored in global {@code function} with Java arguments; returns its
     * converted result ({@code CompletableFuture<Object>} for an {@code async func}).
     *
     * @throws RuffRuntimeError if there is no such function or the call raises
     */
    public Object call(String function, Object... args) {
        return callValue(callable(function), args);
    }

    /**
     * The Ruff function named {@code name} (a global the scripts defined, or a native).
     *
     * @throws RuffRuntimeError if there is no such function
     */
    public RuffFunction function(String name) {
        return (RuffFunction) conversions.toJava(callable(name));
    }

    /** The Ruff function named {@code name} as an implementation of the functional interface {@code type}. */
    public <T> T function(String name, Class<T> type) {
        return function(name).as(type);
    }

    /**
     * Calls method {@code method} of a Ruff struct (a {@link RuffStruct} the host got from this engine) with
     * {@code self} bound to it; returns the converted result.
     *
     * @throws RuffRuntimeError when the struct has no such method or the call raises
     * @throws IllegalArgumentException when {@code receiver} is not a Ruff struct
     */
    public Object callMethod(Object receiver, String method, Object... args) {
        if (!(conversions.toRuff(receiver) instanceof StructInstance struct)) {
            throw new IllegalArgumentException("not a Ruff struct: " + receiver);
        }
        RuffCallable m = struct.method(method);
        if (m == null) {
            throw new RuffRuntimeError("Struct " + struct.name() + " has no method '" + method + "'");
        }
        // Runs through a native so the backend's invoker (which binds self) is in place.
        NativeFunction trampoline = new NativeFunction(struct.name() + "." + method, Arity.unchecked(),
                Capability.NONE, "host call of a struct method",
                call -> call.context().invoker().callMethod(struct, m, call.args()));
        return callValue(trampoline, args);
    }

    /**
     * An implementation of the interface {@code type} whose abstract methods call the Ruff functions of the
     * same names in this context (a method returning {@code CompletableFuture} suits an {@code async func});
     * {@code null} when a method has no function to call.
     */
    public <T> T implement(Class<T> type) {
        return FunctionProxy.implement(type, name -> {
            Object f = globals.lookup(name);
            return f instanceof RuffCallable c ? (RuffFunction) conversions.toJava(c) : null;
        });
    }

    /**
     * An implementation of the interface {@code type} whose abstract methods call the methods of the same
     * names of the Ruff struct {@code receiver}; {@code null} when the struct lacks one of them.
     *
     * @throws IllegalArgumentException when {@code receiver} is not a Ruff struct
     */
    public <T> T implement(Object receiver, Class<T> type) {
        if (!(conversions.toRuff(receiver) instanceof StructInstance struct)) {
            throw new IllegalArgumentException("not a Ruff struct: " + receiver);
        }
        return FunctionProxy.implement(type, name -> struct.method(name) == null ? null
                : new BoundMethod(this, receiver, name));
    }

    /** A struct method as a function, for {@link #implement(Object, Class)}. */
    private record BoundMethod(RuffContext context, Object receiver, String name) implements RuffFunction {
        @Override
        public boolean isAsync() {
            return false;
        }

        @Override
        public Object call(Object... args) {
            return context.callMethod(receiver, name, args);
        }

        @Override
        public <T> T as(Class<T> type) {
            return FunctionProxy.implement(this, type);
        }
    }

    /** Where {@code print} writes for runs against this context ({@code null}: the engine's output). */
    public void setOut(Writer writer) {
        this.out = writer == null ? null : writer instanceof PrintWriter pw ? pw : new PrintWriter(writer, false);
    }

    /** Where error output goes for runs against this context ({@code null}: the engine's). */
    public void setErr(Writer writer) {
        this.err = writer == null ? null : writer instanceof PrintWriter pw ? pw : new PrintWriter(writer, true);
    }

    /** Where {@code input()} reads lines for runs against this context ({@code null}: the engine's source). */
    public void setInput(Reader reader) {
        this.in = reader == null ? null : reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** What {@code args()} returns for runs against this context ({@code null}: the engine's arguments). */
    public void setScriptArgs(List<String> args) {
        this.scriptArgs = args == null ? null : List.copyOf(args);
    }

    /**
     * The executor async functions, {@code spawn} blocks and async I/O of runs against this context use
     * ({@code null}: the engine's). The engine never shuts it down.
     */
    public void setExecutor(Executor executor) {
        this.executor = executor;
    }

    // ---------------------------------------------------------------- internal

    private Object callable(String function) {
        GlobalVar v = globals.lookupVar(function);
        Object callee = v != null ? v.get() : globals.lookup(function);
        if (!(callee instanceof RuffCallable)) {
            throw new RuffRuntimeError(callee == null ? "Undefined variable: " + function
                    : function + " is not a function");
        }
        return callee;
    }

    /** Calls a Ruff callable with Java arguments on the engine; converts the result. */
    Object callValue(Object callee, Object[] args) {
        Object[] ruffArgs = conversions.toRuff(args);
        Object result = engine.execute(this, null, null, ctx -> engine.backend().call(callee, ruffArgs, ctx));
        return conversions.toJava(result);
    }

    boolean readsThrough() {
        return readsThrough;
    }

    Conversions conversions() {
        return conversions;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    BufferedReader in() {
        return in;
    }

    List<String> scriptArgs() {
        return scriptArgs;
    }

    AsyncRuntime asyncRuntime() {
        return engine.asyncFor(executor);
    }

    /**
     * Runs one piece of interactive input (what a REPL user typed) against this context's globals;
     * what it defines stays defined for later input. When the input ends with an expression
     * statement, returns that expression's value as {@code print} would show it.
     *
     * @param name the name used in diagnostics, e.g. {@code <repl>}
     * @return the shown value, or null when the input does not end with an expression or its value is null
     * @throws dev.ruff.diag.RuffSyntaxError when the input is malformed
     * @throws RuffRuntimeError when running it raises an error
     * @throws dev.ruff.diag.RuffExit when it calls {@code exit(code)}
     */
    public String evalInteractive(String source, String name) {
        CompiledUnit unit = engine.compileUnit(source, name, true);
        Object value = engine.execute(this, name, null, ctx -> engine.backend().run(unit, globals, ctx));
        return value == null || value == RuffNull.NULL ? null : Display.display(value);
    }

    RuffEngine engine() {
        return engine;
    }

    Globals globalTable() {
        return globals;
    }

    ConcurrentHashMap<Class<?>, Object> state() {
        return state;
    }
}
