package dev.ruff.stdlib.json;

import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonRoundTripTest {
    private final Natives n = new Natives(new JsonModule());

    @Provide
    Arbitrary<Object> values() {
        return value(3);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().filter(d -> !d.isNaN() && !d.isInfinite()).map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(RuffNull.NULL));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> array = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) RuffArray.ofList(l));
        Arbitrary<Object> dict = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), value(depth - 1))
                .ofMaxSize(4).map(m -> (Object) RuffDict.of(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, array), net.jqwik.api.Tuple.of(1, dict));
    }

    @Property
    boolean parseInvertsToJson(@ForAll("values") Object value) {
        String text = (String) n.call("to_json", value);
        Object back = n.call("parse_json", text);
        return sameTypesAndValues(value, back) && text.equals(n.call("to_json", back));
    }

    @Property
    boolean prettyParsesToTheSameValue(@ForAll("values") Object value) {
        return sameTypesAndValues(value, n.call("parse_json", n.call("to_json_pretty", value)));
    }

    /** Equality that also keeps int and float apart (a float must come back as a float). */
    private static boolean sameTypesAndValues(Object a, Object b) {
        if (a instanceof RuffArray x && b instanceof RuffArray y) {
            List<Object> xs = x.asList();
            List<Object> ys = y.asList();
            if (xs.size() != ys.size()) {
                return false;
            }
            for (int i = 0; i < xs.size(); i++) {
                if (!sameTypesAndValues(xs.get(i), ys.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof RuffDict x && b instanceof RuffDict y) {
            Map<String, Object> m = new LinkedHashMap<>();
            x.entries().forEach(e -> m.put(e.getKey(), e.getValue()));
            return x.size() == y.size() && m.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && sameTypesAndValues(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof Double x) {
            return b instanceof Double y && x.equals(y) || (b instanceof Double z && x == 0 && z == 0);
        }
        return a.getClass() == b.getClass() && Equality.equal(a, b);
    }
}
