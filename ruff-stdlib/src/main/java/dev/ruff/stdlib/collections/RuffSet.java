package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffSized;
import java.util.ArrayList;
import java.util.List;

/**
 * A Ruff {@code Set}: an immutable, insertion-ordered collection without duplicates under deep
 * equality ({@code 1} and {@code 1.0} count as the same item). Operations return new sets.
 */
public final class RuffSet implements RuffHandle, RuffSized {
    /** The empty set, returned by the set helpers on invalid arguments. */
    public static final RuffSet EMPTY = new RuffSet(List.of());

    private final List<Object> items;

    private RuffSet(List<Object> items) {
        this.items = ItemList.freeze(items);
    }

    /** A set of {@code items} in first-occurrence order. */
    public static RuffSet of(Iterable<Object> items) {
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            if (!containsEqual(kept, item)) {
                kept.add(item);
            }
        }
        return new RuffSet(kept);
    }

    private static boolean containsEqual(List<Object> items, Object item) {
        for (Object existing : items) {
            if (Equality.equal(existing, item)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Object item) {
        return containsEqual(items, item);
    }

    public RuffSet add(Object item) {
        return has(item) ? this : new RuffSet(ItemList.plus(items, item));
    }

    public RuffSet remove(Object item) {
        List<Object> kept = new ArrayList<>(items.size());
        for (Object existing : items) {
            if (!Equality.equal(existing, item)) {
                kept.add(existing);
            }
        }
        return new RuffSet(kept);
    }

    /** This set's items, then the new items of {@code other}. */
    public RuffSet union(RuffSet other) {
        List<Object> all = new ArrayList<>(items);
        all.addAll(other.items);
        return of(all);
    }

    public RuffSet intersect(RuffSet other) {
        return new RuffSet(items.stream().filter(other::has).toList());
    }

    public RuffSet difference(RuffSet other) {
        return new RuffSet(items.stream().filter(i -> !other.has(i)).toList());
    }

    /** The items in insertion order (read-only). */
    public List<Object> items() {
        return items;
    }

    @Override
    public long size() {
        return items.size();
    }

    /** Same items under deep equality, in any order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuffSet other && other.items.size() == items.size() && items.stream().allMatch(other::has);
    }

    @Override
    public int hashCode() {
        // deep equality equates 1 and 1.0, so only the size is a safe hash
        return items.size();
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public String debug() {
        return "Set{" + items.size() + " items}";
    }

    @Override
    public String toString() {
        return debug();
    }
}
