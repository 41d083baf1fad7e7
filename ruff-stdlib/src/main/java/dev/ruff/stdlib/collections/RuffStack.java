package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffSized;
import java.util.List;

/** A Ruff {@code Stack}: an immutable LIFO whose last element is the top; operations return new stacks. */
public final class RuffStack implements RuffHandle, RuffSized {
    /** The empty stack, also what the stack helpers return on invalid arguments. */
    public static final RuffStack EMPTY = new RuffStack(List.of());

    private final List<Object> items;

    private RuffStack(List<Object> items) {
        this.items = ItemList.freeze(items);
    }

    /** A stack whose top is the last element. */
    public static RuffStack of(List<Object> items) {
        return new RuffStack(items);
    }

    public RuffStack push(Object item) {
        return new RuffStack(ItemList.plus(items, item));
    }

    /** The stack without its top element (this stack when empty). */
    public RuffStack rest() {
        return items.isEmpty() ? this : new RuffStack(items.subList(0, items.size() - 1));
    }

    /** The top element, or Java {@code null} when empty. */
    public Object top() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    /** Bottom to top (read-only). */
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
        return o instanceof RuffStack other && ItemList.deepEqual(items, other.items);
    }

    @Override
    public int hashCode() {
        // deep equality equates 1 and 1.0, so only the size is a safe hash
        return items.size();
    }

    @Override
    public String typeName() {
        return "stack";
    }

    @Override
    public String debug() {
        return "Stack(" + items.size() + " items)";
    }

    @Override
    public String toString() {
        return debug();
    }
}
