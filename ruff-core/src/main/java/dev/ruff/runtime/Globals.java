package dev.ruff.runtime;

import dev.ruff.lang.BindingKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A module's global table. Names not defined here fall back to the natives (and constants) the
 * engine registered, which scripts may shadow.
 */
public final class Globals {
    private final Map<String, GlobalVar> vars = new LinkedHashMap<>();
    private final Function<String, Object> natives;
    /** Bumped whenever a binding is added or replaced, so caches of {@link GlobalVar}s can tell they are stale. */
    private int version;

    /** @param natives lookup of native globals by name, returning Java {@code null} when absent */
    public Globals(Function<String, Object> natives) {
        this.natives = natives;
    }

    /** The script-defined binding, or {@code null}. */
    public GlobalVar lookupVar(String name) {
        return vars.get(name);
    }

    /** The value of {@code name}: a script global, else a native, else Java {@code null}. */
    public Object lookup(String name) {
        GlobalVar v = vars.get(name);
        return v != null ? v.get() : natives.apply(name);
    }

    /** Whether a script global of that name exists (natives do not count). */
    public boolean isDefined(String name) {
        return vars.containsKey(name);
    }

    /**
     * {@code let/mut/const name := value} (or a function, struct or pattern name) at module level;
     * {@code checkDuplicate} refuses a name that is already a script global.
     */
    public GlobalVar declare(String name, BindingKind kind, Object value, boolean checkDuplicate) {
        if (checkDuplicate && vars.containsKey(name)) {
            throw new dev.ruff.diag.RuffRuntimeError("Duplicate declaration in the same scope: " + name);
        }
        return define(name, kind, value);
    }

    /** Adds or replaces a binding (callers check duplicate declarations first). */
    public GlobalVar define(String name, BindingKind kind, Object value) {
        GlobalVar v = new GlobalVar(name, kind, value);
        vars.put(name, v);
        version++;
        return v;
    }

    /** Removes a binding (a host deleting a global); returns whether there was one. */
    public boolean remove(String name) {
        boolean removed = vars.remove(name) != null;
        version++;
        return removed;
    }

    /**
     * Marks every cached lookup stale, for a host whose fallback globals (behind the natives lookup) may
     * have changed between runs.
     */
    public void invalidateCaches() {
        version++;
    }

    /**
     * Changes whenever {@link #define} adds or replaces a binding. A {@link GlobalVar} (or the absence of
     * one) found while the version stays the same is still what {@link #lookupVar} would return.
     */
    public int version() {
        return version;
    }

    /**
     * A new table over the same natives holding a copy of every binding that {@code copy} maps to a
     * value; bindings it maps to Java {@code null} are left out (a {@code spawn} block's snapshot).
     */
    public Globals isolatedCopy(UnaryOperator<Object> copy) {
        Globals isolated = new Globals(natives);
        for (Map.Entry<String, GlobalVar> e : vars.entrySet()) {
            Object value = copy.apply(e.getValue().get());
            if (value != null) {
                isolated.define(e.getKey(), e.getValue().kind(), value);
            }
        }
        return isolated;
    }

    /** Script-defined bindings in definition order (read-only). */
    public Map<String, GlobalVar> vars() {
        return Collections.unmodifiableMap(vars);
    }
}
