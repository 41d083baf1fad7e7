package dev.ruff.runtime;

/** {@code Ok(v)} or {@code Err(v)} ({@code type()} is {@code "result"}). */
public final class ResultValue {
    private final boolean ok;
    private final Object value;

    private ResultValue(boolean ok, Object value) {
        this.ok = ok;
        this.value = value;
        Values.retain(value);
    }

    public static ResultValue ok(Object value) {
        return new ResultValue(true, value);
    }

    public static ResultValue err(Object value) {
        return new ResultValue(false, value);
    }

    public boolean isOk() {
        return ok;
    }

    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return (ok ? "Ok(" : "Err(") + value + ")";
    }
}
