package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Equality;
import java.util.ArrayList;
import java.util.List;

/**
 * A Ruff {@code Set}: an immutable, insertion-ordered collection without duplicates under deep
 * equality ({@code 1} and {@code 1.0} count as the same item). Operations return new sets.
 */
public final class RuffSet extends ItemListHandle {
    /** The empty set, returned by the set helpers on invalid arguments. */
    public static final RuffSet EMPTY = new RuffSet(List.of());

    private RuffSet(List<Object> items) {
        super(items, "set", "Set{%d items}");
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
        return items.stream().anyMatch(existing -> Equality.equal(existing, item));
    }

    public boolean has(Object item) {
        return containsEqual(items(), item);
    }

    public RuffSet add(Object item) {
        return has(item) ? this : new RuffSet(plus(item));
    }

    public RuffSet remove(Object item) {
        return new RuffSet(items().stream().filter(existing -> !Equality.equal(existing, item)).toList());
    }

    /** This set's items, then the new items of {@code other}. */
    public RuffSet union(RuffSet other) {
        List<Object> all = new ArrayList<>(items());
        all.addAll(other.items());
        return of(all);
    }

    public RuffSet intersect(RuffSet other) {
        return new RuffSet(items().stream().filter(other::has).toList());
    }

    public RuffSet difference(RuffSet other) {
        return new RuffSet(items().stream().filter(i -> !other.has(i)).toList());
    }

    /** Same items in any order. */
    @Override
    boolean sameItems(ItemListHandle other) {
        return items().stream().allMatch(((RuffSet) other)::has);
    }
}
