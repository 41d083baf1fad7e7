package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The immutable element list behind a Set, Queue or Stack handle. */
final class ItemList {
    private ItemList() {
    }

    /** An unmodifiable copy whose container elements are recorded as held (see CowValue). */
    static List<Object> freeze(List<Object> items) {
        List<Object> copy = new ArrayList<>(items);
        copy.forEach(Values::retain);
        return Collections.unmodifiableList(copy);
    }

    static List<Object> plus(List<Object> items, Object item) {
        List<Object> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    static boolean deepEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Equality.equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static RuffArray toArray(List<Object> items) {
        return RuffArray.ofList(items);
    }
}
