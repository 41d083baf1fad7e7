package dev.ruff.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A Ruff array: an ordered value with copy-on-write semantics (see {@link CowValue}).
 *
 * <p>Appending is O(1) amortized even though {@link #append} returns a new array: arrays are views
 * (buffer, length) and a view that ends where its buffer's used part ends may extend the buffer in
 * place, because no other view can see slots beyond its own length. That keeps
 * {@code xs := push(xs, v)} linear over a loop.</p>
 *
 * <p>Storage is unboxed while it can be: as long as every element is a Ruff int ({@link Long}) the
 * buffer holds a {@code long[]}, so a million-element {@code range} is one object for the garbage
 * collector instead of a million boxes it must copy on every young collection. The first non-int
 * element written converts the buffer to {@code Object[]} for good (one-way: converting back would
 * cost a scan on every write). Reads box on demand, so callers of the {@code Object} API see the
 * same values either way; {@link #isIntStorage}, {@link #getLong}, {@link #toLongArray},
 * {@link #wrapLongs} and {@link Builder} let hot natives skip the boxes.</p>
 */
public final class RuffArray extends CowValue implements Iterable<Object> {

    /**
     * Storage shared by views; {@code views > 1} means an element write must copy first.
     *
     * <p>{@code data} is one field holding either a {@code long[]} or an {@code Object[]} so that a
     * reader always sees a complete representation: a conversion (by another view appending a
     * non-int) swaps a single reference, and both the old and the new array hold the same values for
     * every slot a reader's view can see.</p>
     */
    private static final class Buffer {
        Object data;
        int used;
        int views;

        Buffer(Object data, int used) {
            this.data = data;
            this.used = used;
            this.views = 1;
        }

        /** Writes slot {@code i} (below the capacity), converting to {@code Object[]} for a non-int. */
        void store(int i, Object value) {
            Object d = data;
            if (d instanceof long[] ints) {
                if (value instanceof Long l) {
                    ints[i] = l;
                    return;
                }
                Object[] items = boxed(ints, used, ints.length);
                items[i] = value;
                data = items;
                return;
            }
            ((Object[]) d)[i] = value;
        }

        /** Makes room for slot {@code used} (the next append), doubling as before. */
        void growForAppend() {
            RunGuard.checkCollectionSize(used + 1L);
            Object d = data;
            if (d instanceof long[] ints) {
                if (used == ints.length) {
                    data = Arrays.copyOf(ints, Math.max(8, ints.length * 2));
                }
            } else {
                Object[] items = (Object[]) d;
                if (used == items.length) {
                    data = Arrays.copyOf(items, Math.max(8, items.length * 2));
                }
            }
        }
    }

    private static final Object[] NO_ITEMS = new Object[0];
    private static final long[] NO_INTS = new long[0];

    private final Buffer buffer;
    private final int length;

    private RuffArray(Buffer buffer, int length) {
        this.buffer = buffer;
        this.length = length;
    }

    /** An array holding {@code items} (retained); the Java array is copied. */
    public static RuffArray of(Object... items) {
        long[] ints = unboxedOrNull(items, items.length);
        if (ints != null) {
            return new RuffArray(new Buffer(ints, ints.length), ints.length);
        }
        Object[] copy = items.clone();
        retainAll(copy, copy.length);
        return new RuffArray(new Buffer(copy, copy.length), copy.length);
    }

    /** An array holding the list's elements (retained). */
    public static RuffArray ofList(List<?> items) {
        // toArray is already a fresh copy, so it can be handed over without a second one
        Object[] copy = items.toArray();
        return wrap(copy, copy.length);
    }

    /**
     * Takes ownership of {@code items} without copying; the caller must not touch the Java array
     * afterwards. Elements are retained. (All-int contents are moved into a {@code long[]} instead.)
     */
    public static RuffArray wrap(Object[] items, int length) {
        long[] ints = unboxedOrNull(items, length);
        if (ints != null) {
            return new RuffArray(new Buffer(ints, length), length);
        }
        retainAll(items, length);
        return new RuffArray(new Buffer(items, length), length);
    }

    /**
     * Takes ownership of {@code ints} (the first {@code length} slots are the elements, the rest is
     * room to append into) without copying or boxing; the caller must not touch it afterwards.
     */
    public static RuffArray wrapLongs(long[] ints, int length) {
        if (length < 0 || length > ints.length) {
            throw new IndexOutOfBoundsException(length);
        }
        return new RuffArray(new Buffer(ints, length), length);
    }

    /** An empty array; int storage, so pushing ints onto {@code []} stays unboxed. */
    public static RuffArray empty() {
        return new RuffArray(new Buffer(NO_INTS, 0), 0);
    }

    public int size() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /**
     * True while the elements are stored unboxed; then every element is a Ruff int. (False does not
     * mean a non-int is present: the conversion is one-way.)
     */
    public boolean isIntStorage() {
        return buffer.data instanceof long[];
    }

    /** Element {@code i}, {@code 0 <= i < size()} (bounds and negative indices are the caller's job). */
    public Object get(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        Object d = buffer.data;
        if (d instanceof long[] ints) {
            return ints[i];
        }
        return ((Object[]) d)[i];
    }

    /**
     * Element {@code i} as a long, without boxing when the storage is unboxed.
     *
     * @throws ClassCastException when the element is not a Ruff int
     */
    public long getLong(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        Object d = buffer.data;
        if (d instanceof long[] ints) {
            return ints[i];
        }
        return (Long) ((Object[]) d)[i];
    }

    /** A new array with {@code value} appended; amortized O(1). */
    public RuffArray append(Object value) {
        Values.retain(value);
        Buffer b = buffer;
        if (length == b.used) {
            b.growForAppend();
            b.store(length, value);
            b.used++;
            b.views++;
            return new RuffArray(b, length + 1);
        }
        Buffer fresh = new Buffer(copyStorage(b.data, length, Math.max(8, length * 2)), length);
        fresh.store(length, value);
        fresh.used++;
        return new RuffArray(fresh, length + 1);
    }

    /** True when element writes may go straight into this array (see {@link CowValue}). */
    public boolean canUpdateInPlace() {
        return isExclusive() && buffer.views <= 1;
    }

    /** Writes an element in place; only valid when {@link #canUpdateInPlace()}. */
    public void setInPlace(int i, Object value) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        Values.retain(value);
        buffer.store(i, value);
    }

    /** A fresh, exclusive copy (elements become shared between the two arrays). */
    public RuffArray copy() {
        return new RuffArray(new Buffer(copyStorage(buffer.data, length, Math.max(length, 1)), length), length);
    }

    /** A new array equal to this one with element {@code i} replaced. */
    public RuffArray with(int i, Object value) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        if (buffer.data instanceof long[] ints && !(value instanceof Long)) {
            // box straight into the copy instead of copying the longs and then converting them
            Object[] items = boxed(ints, length, Math.max(length, 1));
            Values.retain(value);
            items[i] = value;
            return new RuffArray(new Buffer(items, length), length);
        }
        RuffArray copy = copy();
        copy.setInPlace(i, value);
        return copy;
    }

    /** A fresh array of elements {@code [from, to)}, keeping unboxed storage unboxed. */
    public RuffArray slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + length);
        }
        Object d = buffer.data;
        if (d instanceof long[] ints) {
            return wrapLongs(Arrays.copyOfRange(ints, from, to), to - from);
        }
        Object[] items = Arrays.copyOfRange((Object[]) d, from, to);
        retainAll(items, items.length);
        return new RuffArray(new Buffer(items, items.length), items.length);
    }

    /** The elements as a fresh Java array. */
    public Object[] toArray() {
        Object d = buffer.data;
        if (d instanceof long[] ints) {
            return boxed(ints, length, length);
        }
        return Arrays.copyOf((Object[]) d, length);
    }

    /**
     * The elements as a fresh {@code long[]}.
     *
     * @throws ClassCastException when some element is not a Ruff int
     */
    public long[] toLongArray() {
        Object d = buffer.data;
        if (d instanceof long[] ints) {
            return Arrays.copyOf(ints, length);
        }
        Object[] items = (Object[]) d;
        long[] out = new long[length];
        for (int i = 0; i < length; i++) {
            out[i] = (Long) items[i];
        }
        return out;
    }

    /** A read-only list view. */
    public List<Object> asList() {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return RuffArray.this.get(index);
            }

            @Override
            public int size() {
                return length;
            }

            @Override
            public Object[] toArray() {
                return RuffArray.this.toArray();
            }
        };
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public Object next() {
                if (next >= length) {
                    throw new NoSuchElementException();
                }
                // read the buffer each time, as before: an in-place write during iteration shows
                Object d = buffer.data;
                int i = next++;
                if (d instanceof long[] ints) {
                    return ints[i];
                }
                return ((Object[]) d)[i];
            }
        };
    }

    /**
     * Collects elements for a new array, unboxed until the first non-int is added. For natives that
     * produce an array element by element (map, filter, …); {@link #build} retains the elements.
     */
    public static final class Builder {
        private long[] ints;
        private Object[] items;
        private int size;

        public Builder() {
            this(8);
        }

        /** {@code expected} is a capacity hint. */
        public Builder(int expected) {
            ints = expected == 0 ? NO_INTS : new long[expected];
        }

        public Builder add(Object value) {
            RunGuard.checkCollectionSize(size + 1L);
            if (ints != null) {
                if (value instanceof Long l) {
                    if (size == ints.length) {
                        ints = Arrays.copyOf(ints, Math.max(8, size * 2));
                    }
                    ints[size++] = l;
                    return this;
                }
                items = boxed(ints, size, Math.max(8, Math.max(ints.length, size + 1)));
                ints = null;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, Math.max(8, size * 2));
            }
            items[size++] = value;
            return this;
        }

        public int size() {
            return size;
        }

        /** The array of the added elements; the builder must not be used afterwards. */
        public RuffArray build() {
            RuffArray out = ints != null ? wrapLongs(ints, size) : wrap(items, size);
            ints = null;
            items = null;
            return out;
        }
    }

    /** The first {@code length} items as a {@code long[]} when all are Ruff ints, else null. */
    private static long[] unboxedOrNull(Object[] items, int length) {
        if (length == 0) {
            return NO_INTS;
        }
        for (int i = 0; i < length; i++) {
            if (!(items[i] instanceof Long)) {
                return null;
            }
        }
        long[] ints = new long[length];
        for (int i = 0; i < length; i++) {
            ints[i] = (Long) items[i];
        }
        return ints;
    }

    /** Boxes {@code ints[0, n)} into a new {@code Object[]} of the given capacity. */
    private static Object[] boxed(long[] ints, int n, int capacity) {
        Object[] items = new Object[capacity];
        for (int i = 0; i < n; i++) {
            items[i] = ints[i];
        }
        return items;
    }

    /** A copy of the first {@code n} elements with room for {@code capacity}; boxed elements are retained. */
    private static Object copyStorage(Object data, int n, int capacity) {
        if (data instanceof long[] ints) {
            long[] copy = new long[capacity];
            System.arraycopy(ints, 0, copy, 0, n);
            return copy;
        }
        // only the view's own elements: slots past it belong to longer views and must not be kept alive
        Object[] items = new Object[capacity];
        System.arraycopy(data, 0, items, 0, n);
        retainAll(items, n);
        return items;
    }

    private static void retainAll(Object[] items, int length) {
        for (int i = 0; i < length; i++) {
            Values.retain(items[i]);
        }
    }

    /** Debug aid only; Ruff's display rules live in {@code Display}. */
    @Override
    public String toString() {
        return "RuffArray" + asList();
    }
}
