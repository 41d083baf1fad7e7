package dev.ruff.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared struct type: field names (with evaluated defaults) and methods.
 * The value of the struct's name in scope; {@code type()} is {@code "structdef"}.
 */
public final class StructDef {
    private final String name;
    private final List<String> fieldNames;
    private final Map<String, Object> defaults;
    private final Map<String, RuffCallable> methods;
    /** Where this declaration's instances' layouts start (see {@link StructShape}). */
    private final StructShape rootShape = StructShape.newRoot();

    /**
     * @param fieldNames declared fields in declaration order
     * @param defaults   field name → default value, for fields declared with {@code = expr}
     * @param methods    method name → callable (a backend's function value)
     */
    public StructDef(String name, List<String> fieldNames, Map<String, Object> defaults,
                     Map<String, RuffCallable> methods) {
        this.name = name;
        this.fieldNames = List.copyOf(fieldNames);
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    }

    public String name() {
        return name;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    /** Defaults of fields declared with {@code = expr}, evaluated when the declaration ran. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** The method called {@code name}, or {@code null}. */
    public RuffCallable method(String name) {
        return methods.get(name);
    }

    public Map<String, RuffCallable> methods() {
        return methods;
    }

    /** The empty layout this declaration's instances start from. */
    StructShape rootShape() {
        return rootShape;
    }
}
