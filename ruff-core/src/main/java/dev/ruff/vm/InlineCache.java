package dev.ruff.vm;

import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.StructDef;

/** Entries of a chunk's per-instruction caches. Immutable, so racing runs at worst recompute them. */
final class InlineCache {
    private InlineCache() {
    }

    /**
     * What a global name meant in {@code globals} at {@code version}: its binding, else the native value
     * (both null: no script binding and no native). Valid while the table's version is unchanged.
     */
    record Global(Globals globals, int version, GlobalVar var, Object nativeValue) {
        boolean validFor(Globals g) {
            return globals == g && version == g.version();
        }
    }

    /** The method a struct declaration has under the instruction's name (null: none). */
    record Method(StructDef def, RuffCallable method) {
    }
}
