package dev.ruff.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every {@link RuffArray} ever made in a random run of operations shows exactly what a plain
 * {@code ArrayList<Object>} model of it shows, whatever its storage (unboxed ints or boxed) and however
 * many views share a buffer: appends from older versions, in-place writes on exclusive arrays, with,
 * copy, slice, builders, and non-int values (strings, floats, null, bools) mixed into int arrays.
 */
class RuffArrayModelPropertiesTest {

    /** One operation; {@code version}, {@code index} and {@code to} are reduced modulo what exists. */
    record Op(int kind, int version, int index, int to, Object value, List<Object> items) {
    }

    private static final int KINDS = 9;

    @Provide
    Arbitrary<List<Op>> runs() {
        Arbitrary<Object> ints = Arbitraries.oneOf(
                Arbitraries.longs().between(-200, 200).map(l -> (Object) l),
                Arbitraries.longs().map(l -> (Object) l));
        Arbitrary<Object> others = Arbitraries.of("s", "", 1.0, -0.5, Double.NaN, RuffNull.NULL, true);
        // mostly ints, so arrays spend long stretches unboxed before something converts them
        Arbitrary<Object> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ints), net.jqwik.api.Tuple.of(1, others));
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                values,
                values.list().ofMaxSize(12))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 400)
    boolean everyVersionMatchesItsModel(@ForAll("runs") List<Op> ops) {
        List<RuffArray> versions = new ArrayList<>();
        List<List<Object>> models = new ArrayList<>();
        versions.add(RuffArray.empty());
        models.add(new ArrayList<>());
        for (Op op : ops) {
            int v = op.version() % versions.size();
            RuffArray a = versions.get(v);
            List<Object> model = models.get(v);
            switch (op.kind()) {
                case 0, 1 -> { // append/push, twice as likely: builds the shared-buffer chains
                    add(versions, models, a.append(op.value()), with(model, model.size(), op.value()));
                }
                case 2 -> { // arr[i] := value, as Indexing.set does it
                    if (model.isEmpty()) {
                        continue;
                    }
                    int i = op.index() % model.size();
                    if (a.canUpdateInPlace()) {
                        a.setInPlace(i, op.value());
                        model.set(i, op.value());
                    } else {
                        add(versions, models, a.with(i, op.value()), with(model, i, op.value()));
                    }
                }
                case 3 -> { // with: a new version, the old one untouched
                    if (model.isEmpty()) {
                        continue;
                    }
                    int i = op.index() % model.size();
                    add(versions, models, a.with(i, op.value()), with(model, i, op.value()));
                }
                case 4 -> add(versions, models, a.copy(), new ArrayList<>(model));
                case 5 -> { // another holder: in-place writes must copy from now on
                    Values.retain(a);
                }
                case 6 -> {
                    int from = op.index() % (model.size() + 1);
                    int to = from + op.to() % (model.size() - from + 1);
                    add(versions, models, a.slice(from, to), new ArrayList<>(model.subList(from, to)));
                }
                case 7 -> { // fresh arrays from the factories and the builder
                    List<Object> items = op.items();
                    RuffArray made = switch (op.index() % 4) {
                        case 0 -> RuffArray.of(items.toArray());
                        case 1 -> RuffArray.ofList(items);
                        case 2 -> RuffArray.wrap(Arrays.copyOf(items.toArray(), items.size() + 3), items.size());
                        default -> {
                            RuffArray.Builder b = new RuffArray.Builder(op.to() % 4);
                            items.forEach(b::add);
                            yield b.build();
                        }
                    };
                    add(versions, models, made, new ArrayList<>(items));
                }
                default -> { // iterate while an append (maybe converting the shared buffer) happens midway
                    Iterator<Object> it = a.iterator();
                    List<Object> seen = new ArrayList<>();
                    int half = model.size() / 2;
                    for (int i = 0; i < half; i++) {
                        seen.add(it.next());
                    }
                    add(versions, models, a.append(op.value()), with(model, model.size(), op.value()));
                    it.forEachRemaining(seen::add);
                    if (!seen.equals(model)) {
                        return false;
                    }
                }
            }
            for (int i = 0; i < versions.size(); i++) {
                if (!matches(versions.get(i), models.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void add(List<RuffArray> versions, List<List<Object>> models, RuffArray a, List<Object> model) {
        versions.add(a);
        models.add(model);
    }

    /** A copy of {@code model} with slot {@code i} set (or appended when {@code i == size}). */
    private static List<Object> with(List<Object> model, int i, Object value) {
        List<Object> copy = new ArrayList<>(model);
        if (i == copy.size()) {
            copy.add(value);
        } else {
            copy.set(i, value);
        }
        return copy;
    }

    private static boolean matches(RuffArray a, List<Object> model) {
        if (a.size() != model.size() || a.isEmpty() != model.isEmpty()) {
            return false;
        }
        boolean allInts = true;
        for (int i = 0; i < model.size(); i++) {
            if (!model.get(i).equals(a.get(i))) {
                return false;
            }
            allInts &= model.get(i) instanceof Long;
        }
        if (a.isIntStorage() && !allInts) {
            return false;
        }
        if (allInts) {
            long[] longs = a.toLongArray();
            for (int i = 0; i < model.size(); i++) {
                if (longs[i] != (Long) model.get(i) || a.getLong(i) != longs[i]) {
                    return false;
                }
            }
        }
        List<Object> iterated = new ArrayList<>();
        a.forEach(iterated::add);
        return iterated.equals(model)
                && Arrays.asList(a.toArray()).equals(model)
                && a.asList().equals(model);
    }
}
