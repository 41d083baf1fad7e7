package dev.ruff.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever mix of int and string keys is used, a dict behaves exactly like a {@code LinkedHashMap}
 * whose keys are the strings, an int key being its {@code Long.toString} text.
 */
class RuffDictPropertiesTest {

    enum Kind { PUT, GET, CONTAINS, REMOVE, COPY, WITH, WITHOUT }

    /** One operation; {@code key} is a {@code Long} (int key) or a {@code String}. */
    record Op(Kind kind, Object key, long value) {
    }

    private static final List<Object> TRICKY_KEYS = List.of(
            "-0", "007", "07", "+7", "7", 7L, "0", 0L, "", "-", "00",
            "9223372036854775808", "-9223372036854775808", "9223372036854775807", "-9223372036854775809",
            Long.MIN_VALUE, Long.MAX_VALUE, -1L, "-1",
            "Aa", "BB", "AaAa", "BBBB", "AaBB", "a", "key");

    @Provide
    Arbitrary<Object> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of(TRICKY_KEYS),
                Arbitraries.longs().between(-40, 40).map(l -> (Object) l),
                Arbitraries.longs().between(-40, 40).map(l -> (Object) Long.toString(l)),
                Arbitraries.longs().between(0, 64).map(l -> (Object) (l << 32)),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.strings().withChars("0123456789-+ a").ofMaxLength(4).map(s -> (Object) s));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        // weighted: mostly puts, enough removals to leave holes that copies and rebuilds must skip
        List<Kind> weighted = new ArrayList<>();
        int[] weights = {8, 3, 2, 4, 1, 1, 1};
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < weights[kind.ordinal()]; i++) {
                weighted.add(kind);
            }
        }
        Arbitrary<Kind> kinds = Arbitraries.of(weighted);
        return Combinators.combine(kinds, keys(), Arbitraries.longs().between(0, 1000))
                .as(Op::new).list().ofMaxSize(400);
    }

    private static String text(Object key) {
        return key instanceof Long l ? Long.toString(l) : (String) key;
    }

    @Property(tries = 300)
    boolean behavesLikeALinkedHashMapOfDecimalTextKeys(@ForAll("ops") List<Op> ops) {
        RuffDict dict = new RuffDict();
        Map<String, Object> model = new LinkedHashMap<>();
        for (Op op : ops) {
            Object key = op.key();
            String text = text(key);
            boolean asInt = key instanceof Long;
            long k = asInt ? (Long) key : 0;
            switch (op.kind()) {
                case PUT -> {
                    if (asInt) {
                        dict.putInPlace(k, op.value());
                    } else {
                        dict.putInPlace(text, op.value());
                    }
                    model.put(text, op.value());
                }
                case GET -> {
                    if (!Objects.equals(asInt ? dict.get(k) : dict.get(text), model.get(text))
                            || !Objects.equals(dict.get(text), model.get(text))) {
                        return false;
                    }
                }
                case CONTAINS -> {
                    if ((asInt ? dict.containsKey(k) : dict.containsKey(text)) != model.containsKey(text)
                            || dict.keys().contains(text) != model.containsKey(text)) {
                        return false;
                    }
                }
                case REMOVE -> {
                    Object removed = asInt ? dict.removeInPlace(k) : dict.removeInPlace(text);
                    if (!Objects.equals(removed, model.remove(text))) {
                        return false;
                    }
                }
                case COPY -> dict = dict.copy();
                case WITH -> {
                    RuffDict before = dict;
                    dict = asInt ? dict.with(k, op.value()) : dict.with(text, op.value());
                    model.put(text, op.value());
                    if (before.size() == dict.size() && !before.containsKey(text)) {
                        return false;
                    }
                }
                case WITHOUT -> {
                    dict = dict.without(text);
                    model.remove(text);
                }
                default -> throw new AssertionError(op.kind());
            }
            if (!sameAs(dict, model)) {
                return false;
            }
        }
        return equalsModelBuiltInReverse(dict, model);
    }

    private static boolean sameAs(RuffDict dict, Map<String, Object> model) {
        if (dict.size() != model.size() || dict.isEmpty() != model.isEmpty()) {
            return false;
        }
        if (!new ArrayList<>(dict.keys()).equals(new ArrayList<>(model.keySet()))) {
            return false;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(dict.entries());
        return entries.equals(new ArrayList<>(model.entrySet()));
    }

    /** Equality ignores order and how a key was written. */
    private static boolean equalsModelBuiltInReverse(RuffDict dict, Map<String, Object> model) {
        List<String> reversed = new ArrayList<>(model.keySet());
        Collections.reverse(reversed);
        RuffDict other = new RuffDict();
        for (String key : reversed) {
            other.putInPlace(key, model.get(key));
        }
        return Equality.equal(dict, other) && Equality.equal(other, dict);
    }
}
