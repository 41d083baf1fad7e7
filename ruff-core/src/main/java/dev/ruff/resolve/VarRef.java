package dev.ruff.resolve;

import dev.ruff.lang.BindingKind;

/** What a name means at one place in the program. */
public sealed interface VarRef {

    String name();

    /** A slot of the current frame. */
    record Local(LocalVar var) implements VarRef {
        @Override
        public String name() {
            return var.name();
        }
    }

    /** A variable of an enclosing function, reached through the closure's upvalue {@code index}. */
    record Upvalue(int index, String name, BindingKind kind, boolean dynamic) implements VarRef {}

    /** A module-level name, looked up live in the globals (then the natives). */
    record Global(String name) implements VarRef {}
}
