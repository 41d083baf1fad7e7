package dev.ruff.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Ruff dict: string keys (int keys are stored as their decimal text), insertion-ordered for
 * iteration, copy-on-write like every container (see {@link CowValue}). Display sorts the keys.
 */
public final class RuffDict extends CowValue {
    private final LinkedHashMap<String, Object> map;

    public RuffDict() {
        this.map = new LinkedHashMap<>();
    }

    private RuffDict(LinkedHashMap<String, Object> map) {
        this.map = map;
    }

    /** A dict holding a copy of {@code entries} (values retained). */
    public static RuffDict of(Map<String, ?> entries) {
        RuffDict d = new RuffDict();
        entries.forEach(d::putInPlace);
        return d;
    }

    public int size() {
        return map.size();
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** The value for {@code key}, or Java {@code null} when absent. */
    public Object get(String key) {
        return map.get(key);
    }

    public boolean containsKey(String key) {
        return map.containsKey(key);
    }

    /** Keys in insertion order (read-only). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(map.keySet());
    }

    /** Entries in insertion order (read-only). */
    public Set<Map.Entry<String, Object>> entries() {
        return Collections.unmodifiableMap(map).entrySet();
    }

    /** True when writes may go straight into this dict (see {@link CowValue}). */
    public boolean canUpdateInPlace() {
        return isExclusive();
    }

    /** Inserts or replaces in place; for fresh dicts under construction or when {@link #canUpdateInPlace()}. */
    public void putInPlace(String key, Object value) {
        Values.retain(value);
        map.put(key, value);
    }

    /** Removes in place; same rule as {@link #putInPlace}. Returns the old value or Java {@code null}. */
    public Object removeInPlace(String key) {
        return map.remove(key);
    }

    /** A fresh, exclusive copy. */
    public RuffDict copy() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>(map);
        m.values().forEach(Values::retain);
        return new RuffDict(m);
    }

    /** A new dict equal to this one with {@code key} set. */
    public RuffDict with(String key, Object value) {
        RuffDict d = copy();
        d.putInPlace(key, value);
        return d;
    }

    /** A new dict equal to this one without {@code key}. */
    public RuffDict without(String key) {
        RuffDict d = copy();
        d.removeInPlace(key);
        return d;
    }

    @Override
    public String toString() {
        return "RuffDict" + map;
    }
}
