package dev.ruff.runtime;

import java.util.Iterator;

/**
 * A value that {@code for x in v} can consume lazily, such as a generator. The backend that
 * created the value implements the iterator (resuming the generator on {@code hasNext}).
 */
public interface RuffIterable {
    /** A fresh iterator over the values the loop variable takes. */
    Iterator<Object> iterator();
}
