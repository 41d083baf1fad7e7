package dev.ruff.stdlib.dicts;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dict natives. Keys are strings (an int key is accepted and means its decimal text); helpers
 * that list entries do so in sorted key order so output is deterministic. As upstream, most of
 * them answer a neutral value ({@code []}, {@code 0}, {@code null}, {@code {}}) for a non-dict.
 */
public final class DictsModule implements RuffModule {

    @Override
    public String name() {
        return "dicts";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("keys(d)", Arity.exact(1), Capability.NONE, "The keys in sorted order; [] for a non-dict.",
                c -> c.arg(0) instanceof RuffDict d ? RuffArray.ofList(DictKeys.sorted(d)) : RuffArray.empty());
        r.function("values(d)", Arity.exact(1), Capability.NONE, "The values in sorted-key order; [] for a non-dict.",
                c -> {
                    if (!(c.arg(0) instanceof RuffDict d)) {
                        return RuffArray.empty();
                    }
                    List<Object> out = new ArrayList<>(d.size());
                    DictKeys.sorted(d).forEach(k -> out.add(d.get(k)));
                    return RuffArray.ofList(out);
                });
        r.function("items(d)", Arity.exact(1), Capability.NONE, "[key, value] pairs in sorted-key order.", c -> {
            if (!(c.arg(0) instanceof RuffDict d)) {
                return RuffArray.empty();
            }
            List<Object> out = new ArrayList<>(d.size());
            DictKeys.sorted(d).forEach(k -> out.add(RuffArray.of(k, d.get(k))));
            return RuffArray.ofList(out);
        });
        r.function("has_key(d, key)", Arity.exact(2), Capability.NONE, "Int 1 when the dict has the key, else 0.",
                c -> c.arg(0) instanceof RuffDict d && contains(d, c.arg(1)) ? 1L : 0L);
        r.function("get(d, key, default?)", Arity.range(2, 3), Capability.NONE,
                "The value for a key, or the default (null when omitted).", c -> {
                    Object fallback = c.count() == 3 ? c.arg(2) : RuffNull.NULL;
                    if (!(c.arg(0) instanceof RuffDict d)) {
                        return RuffNull.NULL;
                    }
                    return lookup(d, c.arg(1), fallback);
                });
        r.function("get_default(d, key, default)", Arity.unchecked(), Capability.NONE,
                "The value for a key, or the given default.", c -> {
                    if (c.count() != 3 || !(c.arg(0) instanceof RuffDict d) || DictKeys.of(c.arg(1)) == null) {
                        throw c.error("get_default() requires 3 arguments: dict, key, default_value");
                    }
                    return lookup(d, c.arg(1), c.arg(2));
                });
        r.function("merge(a, b)", Arity.exact(2), Capability.NONE,
                "A copy of the first dict overlaid with the second; {} for non-dicts.", DictsModule::merge);
        r.function("update(a, b)", Arity.exact(2), Capability.NONE, "Same as merge.", DictsModule::merge);
        r.function("invert(d)", Arity.unchecked(), Capability.NONE,
                "Maps each scalar value (as text) to its key; other values are skipped.", this::invert);
        r.function("dict()", Arity.exact(0), Capability.NONE, "A new empty dict.", c -> new RuffDict());
    }

    private static Object lookup(RuffDict d, Object key, Object fallback) {
        Object v = key instanceof Long l ? d.get(l.longValue()) : key instanceof String k ? d.get(k) : null;
        return v == null ? fallback : v;
    }

    private static boolean contains(RuffDict d, Object key) {
        return key instanceof Long l ? d.containsKey(l.longValue()) : key instanceof String k && d.containsKey(k);
    }

    private static Object merge(NativeCall c) {
        if (!(c.arg(0) instanceof RuffDict a) || !(c.arg(1) instanceof RuffDict b)) {
            return new RuffDict();
        }
        RuffDict out = a.copy();
        for (Map.Entry<String, Object> e : b.entries()) {
            out.putInPlace(e.getKey(), e.getValue());
        }
        return out;
    }

    private Object invert(NativeCall c) {
        if (c.count() != 1 || !(c.arg(0) instanceof RuffDict d)) {
            throw c.error("invert() requires a dict argument");
        }
        RuffDict out = new RuffDict();
        // sorted order makes the winner of a collision deterministic (the last key in order)
        for (String key : DictKeys.sorted(d)) {
            Object v = d.get(key);
            if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) {
                out.putInPlace(Display.display(v), key);
            }
        }
        return out;
    }
}
