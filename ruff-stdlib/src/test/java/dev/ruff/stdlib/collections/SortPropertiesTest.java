package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.stdlib.Natives;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SortPropertiesTest {
    private final Natives n = new Natives(new ArraysModule());

    @Provide
    Arbitrary<List<Object>> numbers() {
        Arbitrary<Object> ints = Arbitraries.longs().between(-1000, 1000).map(l -> (Object) l);
        Arbitrary<Object> floats = Arbitraries.doubles().between(-1000, 1000).map(d -> (Object) d);
        return Arbitraries.oneOf(ints, floats).list().ofMaxSize(40);
    }

    @Property
    boolean sortedNumbersAreOrderedPermutations(@ForAll("numbers") List<Object> items) {
        List<Object> sorted = ((RuffArray) n.call("sort", RuffArray.ofList(items))).asList();
        for (int i = 1; i < sorted.size(); i++) {
            if (((Number) sorted.get(i - 1)).doubleValue() > ((Number) sorted.get(i)).doubleValue()) {
                return false;
            }
        }
        List<Object> remaining = new ArrayList<>(items);
        for (Object o : sorted) {
            if (!remaining.remove(o)) {
                return false;
            }
        }
        return remaining.isEmpty();
    }

    @Property
    boolean sortingStringsMatchesCodePointOrder(@ForAll List<String> items) {
        List<Object> sorted = ((RuffArray) n.call("sort", RuffArray.ofList(items))).asList();
        for (int i = 1; i < sorted.size(); i++) {
            if (dev.ruff.runtime.Strings.compare((String) sorted.get(i - 1), (String) sorted.get(i)) > 0) {
                return false;
            }
        }
        return sorted.size() == items.size();
    }

    @Property
    boolean sortingUnboxedIntsMatchesTheStableMergeSort(@ForAll List<Long> ints) {
        RuffArray unboxed = RuffArray.ofList(ints);
        if (!unboxed.isIntStorage()) {
            return false;
        }
        RuffArray sorted = (RuffArray) n.call("sort", unboxed);
        return sorted.isIntStorage()
                && sorted.asList().equals(SortOrder.sorted(new ArrayList<>(ints)))
                && unboxed.asList().equals(ints);
    }
}
