package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffSized;
import java.util.List;

/** A Ruff {@code Queue}: an immutable FIFO; operations return new queues. */
public final class RuffQueue implements RuffHandle, RuffSized {
    /** The empty queue, also what the queue helpers return on invalid arguments. */
    public static final RuffQueue EMPTY = new RuffQueue(List.of());

    private final List<Object> items;

    private RuffQueue(List<Object> items) {
        this.items = ItemList.freeze(items);
    }

    /** A queue whose front is the first element. */
    public static RuffQueue of(List<Object> items) {
        return new RuffQueue(items);
    }

    public RuffQueue enqueue(Object item) {
        return new RuffQueue(ItemList.plus(items, item));
    }

    /** The queue without its front element (this queue when empty). */
    public RuffQueue rest() {
        return items.isEmpty() ? this : new RuffQueue(items.subList(1, items.size()));
    }

    /** The front element, or Java {@code null} when empty. */
    public Object front() {
        return items.isEmpty() ? null : items.get(0);
    }

    /** Front to back (read-only). */
    public List<Object> items() {
        return items;
    }

    @Override
    public long size() {
        return items.size();
    }

    /** Same items in the same order under deep equality. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuffQueue other && ItemList.deepEqual(items, other.items);
    }

    @Override
    public int hashCode() {
        // deep equality equates 1 and 1.0, so only the size is a safe hash
        return items.size();
    }

    @Override
    public String typeName() {
        return "queue";
    }

    @Override
    public String debug() {
        return "Queue(" + items.size() + " items)";
    }

    @Override
    public String toString() {
        return debug();
    }
}
