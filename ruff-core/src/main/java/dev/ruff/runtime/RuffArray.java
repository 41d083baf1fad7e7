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
 */
public final class RuffArray extends CowValue implements Iterable<Object> {

    /** Storage shared by views; {@code views > 1} means an element write must copy first. */
    private static final class Buffer {
        Object[] items;
        int used;
        int views;

        Buffer(Object[] items, int used) {
            this.items = items;
            this.used = used;
            this.views = 1;
        }
    }

    private static final Object[] NO_ITEMS = new Object[0];

    private final Buffer buffer;
    private final int length;

    private RuffArray(Buffer buffer, int length) {
        this.buffer = buffer;
        this.length = length;
    }

    /** An array holding {@code items} (retained); the Java array is copied. */
    public static RuffArray of(Object... items) {
        Object[] copy = items.length == 0 ? NO_ITEMS : items.clone();
        for (Object item : copy) {
            Values.retain(item);
        }
        return new RuffArray(new Buffer(copy, copy.length), copy.length);
    }

    /** An array holding the list's elements (retained). */
    public static RuffArray ofList(List<?> items) {
        return of(items.toArray());
    }

    /**
     * Takes ownership of {@code items} without copying; the caller must not touch the Java array
     * afterwards. Elements are retained.
     */
    public static RuffArray wrap(Object[] items, int length) {
        for (int i = 0; i < length; i++) {
            Values.retain(items[i]);
        }
        return new RuffArray(new Buffer(items, length), length);
    }

    public static RuffArray empty() {
        return new RuffArray(new Buffer(NO_ITEMS, 0), 0);
    }

    public int size() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** Element {@code i}, {@code 0 <= i < size()} (bounds and negative indices are the caller's job). */
    public Object get(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        return buffer.items[i];
    }

    /** A new array with {@code value} appended; amortized O(1). */
    public RuffArray append(Object value) {
        Values.retain(value);
        Buffer b = buffer;
        if (length == b.used) {
            if (b.used == b.items.length) {
                b.items = Arrays.copyOf(b.items, Math.max(8, b.items.length * 2));
            }
            b.items[length] = value;
            b.used++;
            b.views++;
            return new RuffArray(b, length + 1);
        }
        Object[] items = Arrays.copyOf(b.items, Math.max(8, length * 2));
        items[length] = value;
        retainAll(items, length);
        return new RuffArray(new Buffer(items, length + 1), length + 1);
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
        buffer.items[i] = value;
    }

    /** A fresh, exclusive copy (elements become shared between the two arrays). */
    public RuffArray copy() {
        Object[] items = Arrays.copyOf(buffer.items, Math.max(length, 1));
        retainAll(items, length);
        return new RuffArray(new Buffer(items, length), length);
    }

    /** A new array equal to this one with element {@code i} replaced. */
    public RuffArray with(int i, Object value) {
        RuffArray copy = copy();
        copy.setInPlace(i, value);
        return copy;
    }

    /** The elements as a fresh Java array. */
    public Object[] toArray() {
        return Arrays.copyOf(buffer.items, length);
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
                return buffer.items[next++];
            }
        };
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
