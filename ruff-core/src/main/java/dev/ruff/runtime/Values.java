package dev.ruff.runtime;

/** Small value-level operations every part of the runtime needs. */
public final class Values {
    private Values() {
    }

    /**
     * Records that {@code value} is now held by one more place (variable, parameter, field, element).
     * Only containers track this; see {@link CowValue}. Returns {@code value} for chaining.
     */
    public static Object retain(Object value) {
        if (value instanceof CowValue c) {
            c.retain();
        }
        return value;
    }
}
