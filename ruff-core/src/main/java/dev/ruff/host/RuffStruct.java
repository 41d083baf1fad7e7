package dev.ruff.host;

import java.util.Map;
import java.util.Set;

/**
 * A Ruff struct instance seen from Java: its type name and its fields, converted like every value
 * that leaves a script. Obtained from {@code RuffContext.get}, {@code RuffContext.call}, a script's
 * result, or a JSR-223 {@code eval}; pass it back into Ruff (a call argument, a binding) and the
 * script sees the original struct, methods included.
 */
public interface RuffStruct {
    /** The struct's declared name, e.g. {@code Point} for {@code Point { x: 1, y: 2 }}. */
    String typeName();

    /** Field names to converted values, in the order the fields were set (unmodifiable). */
    Map<String, Object> fields();

    /** The names of the methods its struct declaration defines (callable with {@code RuffContext.callMethod}). */
    Set<String> methodNames();

    /** The converted value of one field, or {@code null} when the struct has no such field. */
    default Object get(String field) {
        return fields().get(field);
    }
}
