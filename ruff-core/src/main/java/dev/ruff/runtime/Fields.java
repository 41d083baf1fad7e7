package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;

/**
 * Field reads {@code v.f}, optional reads {@code v?.f} and field writes {@code v.f := x} (§3.3, §3.11).
 * Writes follow the same copy-on-write protocol as {@link Indexing#set}.
 */
public final class Fields {
    private Fields() {
    }

    /**
     * {@code target.name}: a struct field, a dict key ({@code null} when absent), or a handle's field.
     *
     * @throws RuffRuntimeError {@code Field not found: name} for a struct without that field, or
     *                          {@code Cannot access field or method 'name' on non-struct value}
     */
    public static Object get(Object target, String name) {
        if (target instanceof StructInstance s) {
            Object v = s.field(name);
            if (v == null) {
                throw new RuffRuntimeError("Field not found: " + name);
            }
            return v;
        }
        if (target instanceof RuffDict d) {
            Object v = d.get(name);
            return v == null ? RuffNull.NULL : v;
        }
        if (target instanceof RuffHandle h) {
            Object v = h.field(name);
            if (v != null) {
                return v;
            }
        }
        throw new RuffRuntimeError("Cannot access field or method '" + name + "' on non-struct value");
    }

    /** {@code target?.name}: {@code null} when {@code target} is {@code null} (only {@code null}), otherwise {@link #get}. */
    public static Object getOptional(Object target, String name) {
        return target == RuffNull.NULL ? RuffNull.NULL : get(target, name);
    }

    /**
     * {@code target.name := value} on a struct; returns the updated struct (the same object or a copy).
     *
     * @throws RuffRuntimeError {@code Cannot set field on non-struct value}
     */
    public static Object set(Object target, String name, Object value) {
        if (target instanceof StructInstance s) {
            if (s.canUpdateInPlace() && value != s) {
                s.setInPlace(name, value);
                return s;
            }
            StructInstance copy = s.copy();
            copy.setInPlace(name, value);
            return copy;
        }
        throw new RuffRuntimeError("Cannot set field on non-struct value");
    }
}
