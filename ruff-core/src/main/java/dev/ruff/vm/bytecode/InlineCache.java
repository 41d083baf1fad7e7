package dev.ruff.vm.bytecode;

import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.StructDef;
import dev.ruff.runtime.StructShape;

/** Entries of a chunk's per-instruction caches. Immutable, so racing runs at worst recompute them. */
public final class InlineCache {
    private InlineCache() {
    }

    /**
     * What a global name meant in {@code globals} at {@code version}: its binding, else the native value
     * (both null: no script binding and no native). Valid while the table's version is unchanged.
     */
    public static final class Global {
        final Globals globals;
        final int version;
        final GlobalVar var;
        final Object nativeValue;

        public Global(Globals globals, int version, GlobalVar var, Object nativeValue) {
            this.globals = globals;
            this.version = version;
            this.var = var;
            this.nativeValue = nativeValue;
        }

        public boolean validFor(Globals g) {
            return globals == g && version == g.version();
        }

        public GlobalVar var() {
            return var;
        }

        /** The cached value, or Java null when it must be looked up again. */
        public Object value() {
            return var != null ? var.get() : nativeValue;
        }
    }

    /** Where the instruction's field name sits in struct instances of {@code shape}. */
    public record Field(StructShape shape, int index) {
    }

    /**
     * The method a struct declaration has under the instruction's name (null: none), for receivers of
     * {@code shape}: a shape fixes which fields an instance has, so it also records that no field of that name
     * shadows the method, and a hit needs no field lookup.
     */
    public record Method(StructShape shape, StructDef def, RuffCallable method) {
    }
}
