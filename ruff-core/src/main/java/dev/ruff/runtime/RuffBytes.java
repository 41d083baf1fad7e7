package dev.ruff.runtime;

import java.util.Arrays;

/**
 * Ruff's immutable {@code bytes} value (LANGUAGE.md §3.14): {@code b[i]} is an int 0–255, {@code len}
 * counts bytes, {@code ==} compares content, {@code type()} is {@code bytes}, display {@code <unknown>},
 * debug {@code Bytes(<n> bytes)}. The array is copied in and out so no holder can change it.
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

    /** The number of bytes. */
    public int length() {
        return data.length;
    }

    @Override
    public long size() {
        return data.length;
    }

    /** The byte at 0-based {@code pos} as an unsigned int 0–255. */
    public long get(int pos) {
        return data[pos] & 0xff;
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive). */
    public RuffBytes slice(int from, int to) {
        return new RuffBytes(Arrays.copyOfRange(data, from, to));
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
