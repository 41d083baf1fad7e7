package dev.ruff;

import dev.ruff.lang.BindingKind;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of global variables scripts run against, plus the per-context state of native modules
 * (a seeded random generator, an environment overlay …). Not thread-safe: use one context per
 * thread, or run scripts against it one at a time.
 */
public final class RuffContext {
    private final RuffEngine engine;
    private final Globals globals;
    private final ConcurrentHashMap<Class<?>, Object> state = new ConcurrentHashMap<>();

    RuffContext(RuffEngine engine, Globals globals) {
        this.engine = engine;
        this.globals = globals;
    }

    /** The value of global {@code name} converted with {@link HostValues#toJava}, or null if undefined. */
    public Object get(String name) {
        GlobalVar v = globals.lookupVar(name);
        return v == null ? null : HostValues.toJava(v.get());
    }

    /** Whether the scripts defined (or the host set) a global called {@code name}. */
    public boolean has(String name) {
        return globals.isDefined(name);
    }

    /** Sets a global for the scripts (a mutable binding), converting with {@link HostValues#toRuff}. */
    public void set(String name, Object value) {
        Object ruffValue = HostValues.toRuff(value);
        GlobalVar v = globals.lookupVar(name);
        if (v == null) {
            globals.define(name, BindingKind.MUT, ruffValue);
        } else {
            v.set(ruffValue);
        }
    }

    /** Names and values of every global scripts defined, converted for Java. */
    public Map<String, Object> globals() {
        Map<String, Object> all = new LinkedHashMap<>();
        globals.vars().forEach((k, v) -> all.put(k, HostValues.toJava(v.get())));
        return Collections.unmodifiableMap(all);
    }

    /**
     * Calls the Ruff function stored in global {@code function} with Java arguments (converted with
     * {@link HostValues#toRuff}); returns its result converted with {@link HostValues#toJava}.
     *
     * @throws RuffRuntimeError if there is no such function or the call raises
     */
    public Object call(String function, Object... args) {
        GlobalVar v = globals.lookupVar(function);
        Object callee = v != null ? v.get() : globals.lookup(function);
        if (!(callee instanceof RuffCallable)) {
            throw new RuffRuntimeError(callee == null ? "Undefined variable: " + function
                    : function + " is not a function");
        }
        Object[] ruffArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            ruffArgs[i] = HostValues.toRuff(args[i]);
        }
        Object result = engine.execute(this, null, ctx -> engine.backend().call(callee, ruffArgs, ctx));
        return HostValues.toJava(result);
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
