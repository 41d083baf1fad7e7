package dev.ruff.stdlib.values;

import java.util.Arrays;

/**
 * Ruff's immutable {@code bytes} value ({@code type()} is {@code bytes}, debug {@code Bytes(<n> bytes)},
 * display {@code <unknown>}). The byte array is copied in and out so no holder can change it.
 */
public final class RuffBytes {
    private final byte[] data;

    private RuffBytes(byte[] data) {
        this.data = data;
    }

    /** Bytes holding a copy of {@code data}. */
    public static RuffBytes copyOf(byte[] data) {
        return new RuffBytes(data.clone());
    }

    /** Takes ownership of {@code data}; the caller must not modify it afterwards. */
    public static RuffBytes wrap(byte[] data) {
        return new RuffBytes(data);
    }

    public int size() {
        return data.length;
    }

    /** A copy of the content. */
    public byte[] toByteArray() {
        return data.clone();
    }

    public String typeName() {
        return "bytes";
    }

    public String debug() {
        return "Bytes(" + data.length + " bytes)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuffBytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return debug();
    }
}
