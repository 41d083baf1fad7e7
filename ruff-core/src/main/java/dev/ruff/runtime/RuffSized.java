package dev.ruff.runtime;

/** A library value that {@code len()} can measure (bytes, set, queue, stack …). */
public interface RuffSized {
    /** The element count {@code len()} returns. */
    long size();
}
