package dev.ruff.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the names of a destructuring {@code let [a, ...rest] := v} / {@code let {k, ...rest} := v} bind
 * (§3.13): missing elements and keys are {@code null}, a value of the wrong shape binds as if empty.
 */
public final class Destructuring {
    private Destructuring() {
    }

    /** Element {@code i} of an array pattern's value, or {@code null}. */
    public static Object element(Object value, int i) {
        if (value instanceof RuffArray a && i < a.size()) {
            return a.get(i);
        }
        return RuffNull.NULL;
    }

    /** {@code ...rest} at position {@code i}: the remaining elements (possibly none). */
    public static RuffArray rest(Object value, int i) {
        if (value instanceof RuffArray a && i < a.size()) {
            return RuffArray.ofList(a.asList().subList(i, a.size()));
        }
        return RuffArray.ofList(List.of());
    }

    /** The value of key {@code name} of a dict pattern's value, or {@code null}. */
    public static Object key(Object value, String name) {
        Object v = value instanceof RuffDict d ? d.get(name) : null;
        return v == null ? RuffNull.NULL : v;
    }

    /** {@code ...rest} of a dict pattern: the entries whose keys were not bound by name. */
    public static RuffDict restDict(Object value, List<String> taken) {
        RuffDict rest = new RuffDict();
        if (value instanceof RuffDict d) {
            for (Map.Entry<String, Object> e : d.entries()) {
                if (!taken.contains(e.getKey())) {
                    rest.putInPlace(e.getKey(), e.getValue());
                }
            }
        }
        return rest;
    }
}
