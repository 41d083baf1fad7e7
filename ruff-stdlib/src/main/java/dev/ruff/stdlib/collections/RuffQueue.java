package dev.ruff.stdlib.collections;

import java.util.List;

/** A Ruff {@code Queue}: an immutable FIFO; operations return new queues. */
public final class RuffQueue extends ItemListHandle {
    /** The empty queue, also what the queue helpers return on invalid arguments. */
    public static final RuffQueue EMPTY = new RuffQueue(List.of());

    private RuffQueue(List<Object> items) {
        super(items, "queue", "Queue(%d items)");
    }

    /** A queue whose front is the first element. */
    public static RuffQueue of(List<Object> items) {
        return new RuffQueue(items);
    }

    public RuffQueue enqueue(Object item) {
        return new RuffQueue(plus(item));
    }

    /** The queue without its front element (this queue when empty). */
    public RuffQueue rest() {
        return items().isEmpty() ? this : new RuffQueue(items().subList(1, items().size()));
    }

    /** The front element, or Java {@code null} when empty. */
    public Object front() {
        return items().isEmpty() ? null : items().get(0);
    }
}
