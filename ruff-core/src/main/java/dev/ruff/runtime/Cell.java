package dev.ruff.runtime;

/**
 * A captured variable. Closures capture variables by reference (LANGUAGE.md decision 1): the frame
 * slot and every closure that captured it hold the same cell. Java {@code null} means "not yet bound".
 */
public final class Cell {
    private Object value;

    public Cell() {
    }

    public Cell(Object value) {
        set(value);
    }

    /** The value, or Java {@code null} while unbound. */
    public Object get() {
        Object v = value;
        return v instanceof StringAccumulator a ? a.toString() : v;
    }

    /** The content as stored: may be a {@link StringAccumulator} the variable is building. */
    public Object raw() {
        return value;
    }

    public void set(Object newValue) {
        Values.retain(newValue);
        value = newValue;
    }

    /** Stores the result of a copy-on-write update (see {@link CowValue}). */
    public void setUpdated(Object updated) {
        if (updated != value) {
            set(updated);
        }
    }
}
