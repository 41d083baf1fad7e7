package dev.ruff;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between Java values a host passes around and Ruff values.
 * Ruff ints are {@link Long}, floats {@link Double}; {@code null} is Ruff's null.
 */
public final class HostValues {
    private HostValues() {
    }

    /**
     * A Ruff value for a Java one: {@code null}, booleans, strings, numbers (integral types become
     * int, the others float), {@code byte[]} (bytes), {@link List}s and arrays of those, {@link Map}s with
     * string keys.
     * Ruff values pass through unchanged.
     *
     * @throws IllegalArgumentException for any other Java type (scripts never see arbitrary objects)
     */
    public static Object toRuff(Object value) {
        if (value == null) {
            return RuffNull.NULL;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof List<?> list) {
            Object[] items = new Object[list.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toRuff(list.get(i));
            }
            return RuffArray.of(items);
        }
        if (value instanceof byte[] bytes) {
            return RuffBytes.copyOf(bytes);
        }
        if (value instanceof Object[] array) {
            return toRuff(List.of(array));
        }
        if (value instanceof Map<?, ?> map) {
            RuffDict dict = new RuffDict();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                dict.putInPlace(String.valueOf(e.getKey()), toRuff(e.getValue()));
            }
            return dict;
        }
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value.getClass().getPackageName().startsWith("dev.ruff")) {
            return value;
        }
        throw new IllegalArgumentException("no Ruff value for Java type " + value.getClass().getName());
    }

    /**
     * A plain Java value for a Ruff one: null, Long, Double, String, Boolean, {@code byte[]} for bytes,
     * {@link List} for arrays,
     * insertion-ordered {@link Map} for dicts; other Ruff values (structs, functions …) are returned as is.
     */
    public static Object toJava(Object value) {
        if (value == null || value == RuffNull.NULL) {
            return null;
        }
        if (value instanceof RuffArray a) {
            List<Object> list = new ArrayList<>(a.size());
            for (Object item : a) {
                list.add(toJava(item));
            }
            return list;
        }
        if (value instanceof RuffBytes b) {
            return b.toByteArray();
        }
        if (value instanceof RuffDict d) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : d.entries()) {
                map.put(e.getKey(), toJava(e.getValue()));
            }
            return map;
        }
        return value;
    }
}
