package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffSized;
import dev.ruff.runtime.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Set, Queue or Stack: a handle over an immutable list of items. Operations build new handles, so
 * the list is frozen once; container items are recorded as held (see {@code CowValue}) so that later
 * in-place updates of the original container copy instead.
 */
public abstract sealed class ItemListHandle implements RuffHandle, RuffSized permits RuffQueue, RuffSet, RuffStack {
    private final List<Object> items;
    private final String typeName;
    private final String debugFormat;

    /**
     * @param debugFormat the debug rendering with {@code %d} for the item count, e.g. {@code Queue(%d items)}
     */
    ItemListHandle(List<Object> items, String typeName, String debugFormat) {
        List<Object> copy = new ArrayList<>(items);
        copy.forEach(Values::retain);
        this.items = Collections.unmodifiableList(copy);
        this.typeName = typeName;
        this.debugFormat = debugFormat;
    }

    /** The items in order (read-only). */
    public final List<Object> items() {
        return items;
    }

    /** A new list of these items followed by {@code item}. */
    final List<Object> plus(Object item) {
        List<Object> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    /** Whether {@code other} (same class, same size) holds the same items; by default in the same order. */
    boolean sameItems(ItemListHandle other) {
        for (int i = 0; i < items.size(); i++) {
            if (!Equality.equal(items.get(i), other.items.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final long size() {
        return items.size();
    }

    /** Same kind of handle with the same items under deep equality. */
    @Override
    public final boolean equals(Object o) {
        return o instanceof ItemListHandle other && other.getClass() == getClass()
                && other.items.size() == items.size() && sameItems(other);
    }

    @Override
    public final int hashCode() {
        // deep equality equates 1 and 1.0, so only the size is a safe hash
        return items.size();
    }

    @Override
    public final String typeName() {
        return typeName;
    }

    @Override
    public final String debug() {
        return String.format(debugFormat, items.size());
    }

    @Override
    public final String toString() {
        return debug();
    }
}
