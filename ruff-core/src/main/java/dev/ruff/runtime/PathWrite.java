package dev.ruff.runtime;

/**
 * Writes through a field/index path such as {@code a.b[i].c := v} with value semantics: walking down
 * from the variable's value, every container on the path is made exclusive (copied if anything else
 * holds it, the copy stored into its parent), so the final write happens in place without any other
 * holder seeing it (see {@link CowValue}). Both backends use it for assignment targets.
 */
public final class PathWrite {
    private PathWrite() {
    }

    /**
     * Applies {@code root.step0.step1... := value} and returns the root to store back into the variable:
     * {@code root} itself when it was updated in place, else an updated copy.
     *
     * @param fields per step, the field name, or {@code null} for an index step
     * @param keys   the index steps' keys, in order
     * @throws dev.ruff.diag.RuffRuntimeError the errors of {@link Fields} and {@link Indexing}
     */
    public static Object assign(Object root, String[] fields, Object[] keys, Object value) {
        Object owned = exclusive(root);
        Object current = owned;
        Object parent = null;
        String parentField = null;
        Object parentKey = null;
        int k = 0;
        int last = fields.length - 1;
        for (int i = 0; i < last; i++) {
            String field = fields[i];
            Object key = field == null ? keys[k++] : null;
            Object child = field != null ? Fields.get(current, field) : Indexing.get(current, key);
            Object ownedChild = exclusive(child);
            if (ownedChild != child) {
                set(current, field, key, ownedChild);
            }
            parent = current;
            parentField = field;
            parentKey = key;
            current = ownedChild;
        }
        String field = fields[last];
        Object result = set(current, field, field == null ? keys[k] : null, value);
        if (result != current) {
            // Storing a container into itself copies instead of creating a cycle; the copy replaces it.
            if (parent == null) {
                return result;
            }
            set(parent, parentField, parentKey, result);
        }
        return owned;
    }

    private static Object set(Object container, String field, Object key, Object value) {
        return field != null ? Fields.set(container, field, value) : Indexing.set(container, key, value);
    }

    /** The container itself when nobody else holds it, else a fresh copy to update instead. */
    public static Object exclusive(Object value) {
        if (value instanceof RuffArray a) {
            return a.canUpdateInPlace() ? a : a.copy();
        }
        if (value instanceof RuffDict d) {
            return d.canUpdateInPlace() ? d : d.copy();
        }
        if (value instanceof StructInstance s) {
            return s.canUpdateInPlace() ? s : s.copy();
        }
        return value;
    }
}
