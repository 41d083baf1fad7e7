package dev.ruff.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A struct value {@code Name { f: v, ... }}. Copy-on-write like every container (see {@link CowValue}).
 * {@code def} is {@code null} when the literal names a struct that was never declared (Ruff allows it).
 */
public final class StructInstance extends CowValue {
    private final String name;
    private final StructDef def;
    private final LinkedHashMap<String, Object> fields;

    public StructInstance(String name, StructDef def) {
        this(name, def, new LinkedHashMap<>());
    }

    private StructInstance(String name, StructDef def, LinkedHashMap<String, Object> fields) {
        this.name = name;
        this.def = def;
        this.fields = fields;
    }

    public String name() {
        return name;
    }

    /** The declaration, or {@code null} for a struct literal of an undeclared name. */
    public StructDef def() {
        return def;
    }

    /** Field value or Java {@code null} when absent. */
    public Object field(String fieldName) {
        return fields.get(fieldName);
    }

    public boolean hasField(String fieldName) {
        return fields.containsKey(fieldName);
    }

    /** Fields in the order they were set (read-only). */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
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
        fields.put(fieldName, value);
    }

    /** A fresh, exclusive copy. */
    public StructInstance copy() {
        LinkedHashMap<String, Object> f = new LinkedHashMap<>(fields);
        f.values().forEach(Values::retain);
        return new StructInstance(name, def, f);
    }

    @Override
    public String toString() {
        return "StructInstance " + name + fields;
    }
}
