package dev.ruff.stdlib.collections;

import java.util.List;

/** A Ruff {@code Stack}: an immutable LIFO whose last element is the top; operations return new stacks. */
public final class RuffStack extends ItemListHandle {
    /** The empty stack, also what the stack helpers return on invalid arguments. */
    public static final RuffStack EMPTY = new RuffStack(List.of());

    private RuffStack(List<Object> items) {
        super(items, "stack", "Stack(%d items)");
    }

    /** A stack whose top is the last element. */
    public static RuffStack of(List<Object> items) {
        return new RuffStack(items);
    }

    public RuffStack push(Object item) {
        return new RuffStack(plus(item));
    }

    /** The stack without its top element (this stack when empty). */
    public RuffStack rest() {
        return items().isEmpty() ? this : new RuffStack(items().subList(0, items().size() - 1));
    }

    /** The top element, or Java {@code null} when empty. */
    public Object top() {
        return items().isEmpty() ? null : items().get(items().size() - 1);
    }
}
