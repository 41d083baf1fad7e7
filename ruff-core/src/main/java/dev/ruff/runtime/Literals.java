package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import java.util.List;
import java.util.Map;

/** How array and dict literals are built, for both backends: spreads and their errors (LANGUAGE.md §3.13). */
public final class Literals {
    private Literals() {
    }

    /** {@code [..., ...v]}: appends the elements of {@code v}, which must be an array. */
    public static void spreadArray(List<Object> items, Object v) {
        if (!(v instanceof RuffArray arr)) {
            throw new RuffRuntimeError("Can only spread arrays");
        }
        items.addAll(arr.asList());
    }

    /** {@code {..., ...v}}: copies the entries of {@code v}, which must be a dict; later keys win. */
    public static void spreadDict(RuffDict dict, Object v) {
        if (!(v instanceof RuffDict other)) {
            throw new RuffRuntimeError("Can only spread dicts");
        }
        for (Map.Entry<String, Object> e : other.entries()) {
            dict.putInPlace(e.getKey(), e.getValue());
        }
    }
}
