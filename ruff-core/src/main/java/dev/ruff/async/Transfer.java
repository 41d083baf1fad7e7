package dev.ruff.async;

import dev.ruff.runtime.OptionValue;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.TaggedValue;
import dev.ruff.spi.NativeFunction;
import java.util.Map;

/**
 * Deep copies of the values that may cross into another thread's isolated scope: a {@code spawn}
 * block's snapshot and the {@code shared_*} store (ASYNC.md §7, §8). Transferable are ints, floats,
 * strings, bools, null, native functions, and arrays, dicts, struct instances, enum tags, Result and
 * Option built only from transferable values. Everything else (user functions, channels, promises,
 * handles, and containers holding one) is not.
 */
public final class Transfer {
    private Transfer() {
    }

    /** A fresh deep copy of {@code value}, or Java {@code null} when it is not transferable. */
    public static Object copy(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value == RuffNull.NULL || value instanceof NativeFunction || value == OptionValue.NONE) {
            return value;
        }
        if (value instanceof RuffArray a) {
            Object[] items = new Object[a.size()];
            for (int i = 0; i < items.length; i++) {
                if ((items[i] = copy(a.get(i))) == null) {
                    return null;
                }
            }
            return RuffArray.of(items);
        }
        if (value instanceof RuffDict d) {
            RuffDict out = new RuffDict();
            for (Map.Entry<String, Object> e : d.entries()) {
                Object v = copy(e.getValue());
                if (v == null) {
                    return null;
                }
                out.putInPlace(e.getKey(), v);
            }
            return out;
        }
        if (value instanceof StructInstance s) {
            StructInstance out = new StructInstance(s.name(), s.def());
            for (Map.Entry<String, Object> e : s.fields().entrySet()) {
                Object v = copy(e.getValue());
                if (v == null) {
                    return null;
                }
                out.setInPlace(e.getKey(), v);
            }
            return out;
        }
        if (value instanceof TaggedValue t) {
            Object[] payload = new Object[t.payloadSize()];
            for (int i = 0; i < payload.length; i++) {
                if ((payload[i] = copy(t.payload(i))) == null) {
                    return null;
                }
            }
            return new TaggedValue(t.enumName(), t.variant(), payload);
        }
        if (value instanceof ResultValue r) {
            Object v = copy(r.value());
            return v == null ? null : r.isOk() ? ResultValue.ok(v) : ResultValue.err(v);
        }
        if (value instanceof OptionValue o) {
            Object v = copy(o.value());
            return v == null ? null : OptionValue.some(v);
        }
        return null;
    }
}
