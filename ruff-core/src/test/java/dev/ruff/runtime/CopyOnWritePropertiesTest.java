package dev.ruff.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A copy ({@code b := a}) may be mutated freely without the original changing, and vice versa. */
class CopyOnWritePropertiesTest {

    /** One write: index (or key number) and value; negative values mean "append" for arrays. */
    record Op(int target, int slot, long value) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.integers().between(0, 1).flatMap(t -> Arbitraries.integers().between(-1, 5)
                .flatMap(s -> Arbitraries.longs().between(0, 100).map(v -> new Op(t, s, v))))
                .list().ofMaxSize(30);
    }

    @Property(tries = 300)
    boolean mutatingACopiedArrayNeverChangesTheOriginal(@ForAll("ops") List<Op> ops) {
        // holders[0] is `a`, holders[1] is `b := a`; models are plain Java lists
        Object[] holders = new Object[2];
        holders[0] = Values.retain(RuffArray.of(0L, 1L, 2L));
        holders[1] = Values.retain(holders[0]);
        List<List<Object>> models = List.of(new ArrayList<>(List.of(0L, 1L, 2L)), new ArrayList<>(List.of(0L, 1L, 2L)));
        for (Op op : ops) {
            RuffArray arr = (RuffArray) holders[op.target()];
            List<Object> model = models.get(op.target());
            Object result;
            if (op.slot() < 0 || op.slot() >= arr.size()) {
                result = arr.append(op.value());
                model.add(op.value());
            } else {
                result = Indexing.set(arr, (long) op.slot(), op.value());
                model.set(op.slot(), op.value());
            }
            if (result != arr) {
                holders[op.target()] = Values.retain(result);
            }
            for (int h = 0; h < 2; h++) {
                if (!((RuffArray) holders[h]).asList().equals(models.get(h))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 300)
    boolean mutatingACopiedDictNeverChangesTheOriginal(@ForAll("ops") List<Op> ops) {
        Object[] holders = new Object[2];
        holders[0] = Values.retain(RuffDict.of(Map.of("0", 0L)));
        holders[1] = Values.retain(holders[0]);
        List<Map<String, Object>> models = List.of(new LinkedHashMap<>(Map.of("0", 0L)), new LinkedHashMap<>(Map.of("0", 0L)));
        for (Op op : ops) {
            RuffDict d = (RuffDict) holders[op.target()];
            Object result = Indexing.set(d, (long) op.slot(), op.value());
            models.get(op.target()).put(Integer.toString(op.slot()), op.value());
            if (result != d) {
                holders[op.target()] = Values.retain(result);
            }
            for (int h = 0; h < 2; h++) {
                RuffDict actual = (RuffDict) holders[h];
                Map<String, Object> model = models.get(h);
                if (actual.size() != model.size()) {
                    return false;
                }
                for (Map.Entry<String, Object> e : model.entrySet()) {
                    if (!e.getValue().equals(actual.get(e.getKey()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
