package dev.ruff.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A struct value {@code Name { f: v, ... }}. Copy-on-write like every container (see {@link CowValue}).
 * {@code def} is {@code null} when the literal names a struct that was never declared (Ruff allows it).
 *
 * <p>Fields live in an array laid out by a shared {@link StructShape} (names in set order → index), so
 * backends can cache a field's index per shape instead of hashing its name on every access.</p>
 */
public final class StructInstance extends CowValue {
    private static final Object[] NO_VALUES = new Object[0];

    private final String name;
    private final StructDef def;
    private StructShape shape;
    /** Field values by shape index; may be longer than the shape (spare capacity). */
    private Object[] values;

    public StructInstance(String name, StructDef def) {
        this(name, def, def != null ? def.rootShape() : StructShape.undeclaredRoot(),
                def != null && !def.fieldNames().isEmpty() ? new Object[def.fieldNames().size()] : NO_VALUES);
    }

    private StructInstance(String name, StructDef def, StructShape shape, Object[] values) {
        this.name = name;
        this.def = def;
        this.shape = shape;
        this.values = values;
    }

    public String name() {
        return name;
    }

    /** The declaration, or {@code null} for a struct literal of an undeclared name. */
    public StructDef def() {
        return def;
    }

    /** The current layout; changes only when a field is added. */
    public StructShape shape() {
        return shape;
    }

    /** Field value or Java {@code null} when absent. */
    public Object field(String fieldName) {
        int i = shape.indexOf(fieldName);
        return i < 0 ? null : values[i];
    }

    /** The value at {@code index} of {@link #shape()} (for a cached index of this very shape). */
    public Object fieldAt(int index) {
        return values[index];
    }

    public boolean hasField(String fieldName) {
        return shape.indexOf(fieldName) >= 0;
    }

    /** Fields in the order they were set (read-only view). */
    public Map<String, Object> fields() {
        return new FieldView();
    }

    /** The method {@code name} of this struct's declaration, or {@code null}. */
    public RuffCallable method(String methodName) {
        return def == null ? null : def.method(methodName);
    }

    public boolean canUpdateInPlace() {
        return isExclusive();
    }

    /** Sets a field in place: while building the instance, or when {@link #canUpdateInPlace()}. */
    public void setInPlace(String fieldName, Object value) {
        Values.retain(value);
        int i = shape.indexOf(fieldName);
        if (i < 0) {
            i = shape.size();
            shape = shape.with(fieldName);
            if (i >= values.length) {
                values = Arrays.copyOf(values, Math.max(4, 2 * values.length));
            }
        }
        values[i] = value;
    }

    /** {@link #setInPlace} of an existing field by its index in {@link #shape()}. */
    public void setInPlaceAt(int index, Object value) {
        Values.retain(value);
        values[index] = value;
    }

    /** A fresh, exclusive copy. */
    public StructInstance copy() {
        int n = shape.size();
        Object[] v = Arrays.copyOf(values, n);
        for (int i = 0; i < n; i++) {
            Values.retain(v[i]);
        }
        return new StructInstance(name, def, shape, v);
    }

    @Override
    public String toString() {
        return "StructInstance " + name + fields();
    }

    /** {@link #fields()}: a live, read-only map over the shape and values. */
    private final class FieldView extends AbstractMap<String, Object> {
        @Override
        public Object get(Object key) {
            return key instanceof String s ? field(s) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && hasField(s);
        }

        @Override
        public int size() {
            return shape.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return shape.size();
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < shape.size();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(shape.nameAt(i), values[i]);
                        }
                    };
                }
            };
        }
    }

    /**
     * A struct literal {@code Name { ... }} before its fields are set: {@code declared} is what the name means
     * where the literal is; when it is that struct's declaration the instance starts with its field defaults.
     */
    public static StructInstance literal(String name, Object declared) {
        StructDef def = declared instanceof StructDef d && d.name().equals(name) ? d : null;
        StructInstance instance = new StructInstance(name, def);
        if (def != null) {
            def.defaults().forEach(instance::setInPlace);
        }
        return instance;
    }
}
