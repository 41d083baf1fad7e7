package dev.ruff.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of a {@link StructInstance}: its field names in the order they were set, each mapped to
 * an index into the instance's value array. Shapes are immutable and shared: adding a field moves an
 * instance along a transition to the child shape for that name, so instances built the same way (every
 * {@code Point { x, y }} of one declaration) share one shape and backends can cache
 * {@code shape → index} per instruction.
 *
 * <p>Each {@link StructDef} owns a root (so its shapes go away with it); literals of undeclared names
 * and natives' structs start from a common root.</p>
 */
public final class StructShape {
    private static final StructShape UNDECLARED = new StructShape(new String[0], Map.of());

    private final String[] names;
    private final Map<String, Integer> index;
    private final ConcurrentHashMap<String, StructShape> transitions = new ConcurrentHashMap<>();

    private StructShape(String[] names, Map<String, Integer> index) {
        this.names = names;
        this.index = index;
    }

    /** A fresh empty root (one per struct declaration). */
    static StructShape newRoot() {
        return new StructShape(new String[0], Map.of());
    }

    /** The root shared by structs without a declaration. */
    static StructShape undeclaredRoot() {
        return UNDECLARED;
    }

    /** The index of {@code name}, or -1 when this shape has no such field. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int size() {
        return names.length;
    }

    /** The field name at {@code index}. */
    public String nameAt(int i) {
        return names[i];
    }

    /** This shape plus {@code name} at index {@link #size()} (the caller checked it is absent). */
    StructShape with(String name) {
        StructShape next = transitions.get(name);
        return next != null ? next : transitions.computeIfAbsent(name, this::extend);
    }

    private StructShape extend(String name) {
        String[] n = Arrays.copyOf(names, names.length + 1);
        n[names.length] = name;
        Map<String, Integer> i = new HashMap<>(index);
        i.put(name, names.length);
        return new StructShape(n, i);
    }

    @Override
    public String toString() {
        return "StructShape" + Arrays.toString(names);
    }
}
