package dev.ruff.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The value a {@code func*} call returns ({@code type()} {@code generator}), whichever backend runs
 * its body. Subclasses say how to run the body to its next {@code yield}; iteration and rendering
 * are the same everywhere.
 */
public abstract class GeneratorValue implements RuffHandle, RuffIterable {
    private final int paramCount;

    protected GeneratorValue(int paramCount) {
        this.paramCount = paramCount;
    }

    /** Runs the body to its next yield: the value in a one-element array, or null once it has finished. */
    protected abstract Object[] advance();

    /** Whether the body has run to its end. */
    protected abstract boolean isFinished();

    @Override
    public final Iterator<Object> iterator() {
        return new Steps();
    }

    @Override
    public final String typeName() {
        return "generator";
    }

    @Override
    public final String debug() {
        return "Generator";
    }

    @Override
    public final String display() {
        return (isFinished() ? "<exhausted generator (" : "<generator (") + paramCount + " params)>";
    }

    /** Not static: a running loop keeps the generator reachable while it iterates. */
    private final class Steps implements Iterator<Object> {
        private Object[] pending;

        @Override
        public boolean hasNext() {
            if (pending == null) {
                pending = advance();
            }
            return pending != null;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object v = pending[0];
            pending = null;
            return v;
        }
    }
}
