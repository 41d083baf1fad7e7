package dev.ruff.runtime;

import dev.ruff.lang.BindingKind;

/**
 * One module-level binding. Backends cache the {@code GlobalVar} object at a use site once found,
 * so a global read is a field load after the first lookup.
 */
public final class GlobalVar {
    private final String name;
    private final BindingKind kind;
    private Object value;

    public GlobalVar(String name, BindingKind kind, Object value) {
        this.name = name;
        this.kind = kind;
        this.value = value;
        Values.retain(value);
    }

    public String name() {
        return name;
    }

    public BindingKind kind() {
        return kind;
    }

    public Object get() {
        Object v = value;
        return v instanceof StringAccumulator a ? a.toString() : v;
    }

    /** The content as stored: may be a {@link StringAccumulator} the binding is building (see {@code s := s + t}). */
    public Object raw() {
        return value;
    }

    /** Stores without any binding check (the backend checks {@link #kind()} first). */
    public void set(Object newValue) {
        Values.retain(newValue);
        this.value = newValue;
    }

    /** Stores a copy made for a copy-on-write update; it is held only here. */
    public void setUpdated(Object updated) {
        if (updated != value) {
            set(updated);
        }
    }

    /**
     * Raises the binding error for reassigning ({@code mutation == false}) or mutating through
     * ({@code mutation == true}) a {@code let} or {@code const} global; does nothing for {@code mut}.
     */
    public void checkWritable(boolean mutation) {
        if (kind == BindingKind.LET) {
            throw new dev.ruff.diag.RuffRuntimeError((mutation ? "Cannot mutate immutable let binding: "
                    : "Cannot reassign immutable let binding: ") + name);
        }
        if (kind == BindingKind.CONST) {
            throw new dev.ruff.diag.RuffRuntimeError((mutation ? "Cannot mutate const binding: "
                    : "Cannot reassign const binding: ") + name);
        }
    }
}
