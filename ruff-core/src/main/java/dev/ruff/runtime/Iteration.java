package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** What {@code for x in X} walks over (§3.7). */
public final class Iteration {
    private Iteration() {
    }

    /**
     * An iterator over the values {@code for x in v} binds: array elements, dict keys in insertion
     * order, string code points (as one-character strings), {@code 0 .. n-1} for an int or (truncated)
     * float {@code n} (nothing when negative), or a {@link RuffIterable}'s values.
     *
     * <p>The loop sees the collection as it was when the loop started: arrays and dicts are retained
     * here, so a write to the loop's source variable inside the body copies instead of changing what is
     * being iterated.</p>
     *
     * @throws RuffRuntimeError {@code Cannot iterate over TYPE} for any other value
     */
    public static Iterator<Object> iterator(Object v) {
        if (v instanceof RuffArray a) {
            Values.retain(a);
            return a.iterator();
        }
        if (v instanceof Long n) {
            return count(n);
        }
        if (v instanceof RuffDict d) {
            Values.retain(d);
            @SuppressWarnings("unchecked")
            Iterator<Object> keys = (Iterator<Object>) (Iterator<?>) d.keys().iterator();
            return keys;
        }
        if (v instanceof String s) {
            return new ArrayIterator(Strings.codePointStrings(s));
        }
        if (v instanceof Double d) {
            return count(Double.isNaN(d) ? 0 : (long) d.doubleValue());
        }
        if (v instanceof RuffIterable it) {
            return it.iterator();
        }
        throw new RuffRuntimeError("Cannot iterate over " + Types.typeName(v));
    }

    /** {@code 0, 1, …, n-1} as Ruff ints. */
    private static Iterator<Object> count(long n) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public Object next() {
                if (next >= n) {
                    throw new NoSuchElementException();
                }
                return next++;
            }
        };
    }

    private static final class ArrayIterator implements Iterator<Object> {
        private final Object[] items;
        private int next;

        ArrayIterator(Object[] items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return next < items.length;
        }

        @Override
        public Object next() {
            if (next >= items.length) {
                throw new NoSuchElementException();
            }
            return items[next++];
        }
    }
}
