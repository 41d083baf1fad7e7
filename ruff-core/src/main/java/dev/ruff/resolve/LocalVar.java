package dev.ruff.resolve;

import dev.ruff.lang.BindingKind;

/**
 * A variable that lives in a frame slot. {@code captured} is set while resolving when an inner
 * function uses it; captured variables are kept in a {@code Cell} so closures share them by reference.
 */
public final class LocalVar {
    private final String name;
    private final int slot;
    private final BindingKind kind;
    private final boolean dynamic;
    private boolean captured;
    private boolean appended;

    LocalVar(String name, int slot, BindingKind kind, boolean dynamic) {
        this.name = name;
        this.slot = slot;
        this.kind = kind;
        this.dynamic = dynamic;
    }

    public String name() {
        return name;
    }

    public int slot() {
        return slot;
    }

    /** LET, MUT or CONST; plain assignment, parameters and loop variables are MUT. */
    public BindingKind kind() {
        return kind;
    }

    /**
     * True when first made by a plain {@code x := v}: at run time that statement updates a global
     * {@code x} if one exists then, and only otherwise creates this local (LANGUAGE.md, decision 4).
     */
    public boolean dynamic() {
        return dynamic;
    }

    public boolean captured() {
        return captured;
    }

    void markCaptured() {
        captured = true;
    }

    /**
     * True when some statement {@code x := x + e} targets this variable and the backends may keep a
     * {@code StringAccumulator} in its slot: only for plain slots (not captured, not
     * dynamic), so every read of the slot is one the backend controls and reveals.
     */
    public boolean accumulates() {
        return appended && !captured && !dynamic;
    }

    /**
     * True when the slot itself (not a cell) may hold a {@code StringAccumulator}: an
     * accumulating local, or a dynamic one that {@code x := x + e} updates; reads must reveal it.
     */
    public boolean holdsAccumulator() {
        return appended && !captured;
    }

    void markAppended() {
        appended = true;
    }
}
