package dev.ruff.runtime;

/** {@code Some(v)} or {@code None} ({@code type()} is {@code "option"}). */
public final class OptionValue {
    /** The single {@code None}. */
    public static final OptionValue NONE = new OptionValue(null);

    private final Object value;

    private OptionValue(Object value) {
        this.value = value;
        Values.retain(value);
    }

    public static OptionValue some(Object value) {
        return new OptionValue(value);
    }

    public boolean isSome() {
        return this != NONE;
    }

    /** The payload of {@code Some}; Java {@code null} for {@code None}. */
    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return isSome() ? "Some(" + value + ")" : "None";
    }
}
