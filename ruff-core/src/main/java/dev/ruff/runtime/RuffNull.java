package dev.ruff.runtime;

/** Ruff's single {@code null} value. Java {@code null} never appears as a Ruff value. */
public enum RuffNull {
    NULL;

    @Override
    public String toString() {
        return "null";
    }
}
