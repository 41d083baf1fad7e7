package dev.ruff.stdlib.values;

import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffSized;
import java.util.Arrays;

/**
 * Ruff's immutable {@code bytes} value ({@code type()} is {@code bytes}, debug {@code Bytes(<n> bytes)},
 * display {@code <unknown>}). The byte array is copied in and out so no holder can change it.
 */
public final class RuffBytes implements RuffHandle, RuffSized {
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

    @Override
    public long size() {
        return data.length;
    }

    /** A copy of the content. */
    public byte[] toByteArray() {
        return data.clone();
    }

    @Override
    public String typeName() {
        return "bytes";
    }

    @Override
    public String debug() {
        return "Bytes(" + data.length + " bytes)";
    }

    /** {@code b[i]} reads one byte as an int 0..255 (negative indices count from the end). */
    @Override
    public Object index(Object index) {
        if (!(index instanceof Long l)) {
            return null;
        }
        long i = l < 0 ? l + data.length : l;
        return i >= 0 && i < data.length ? (Object) (long) (data[(int) i] & 0xff) : null;
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
