package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys crafted to collide cannot make a dict slow, and ordinary keys never trip the guard. */
class RuffDictCollisionTest {

    /** {@code 2^blocks} distinct strings with one {@code String.hashCode} ("Aa" and "BB" hash alike). */
    private static List<String> sameHashStrings(int blocks) {
        List<String> out = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < blocks; b++) {
                sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static void assertBehavesLikeTheModel(RuffDict d, Map<String, Object> model) {
        assertEquals(model.size(), d.size());
        assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(d.keys()));
        for (Map.Entry<String, Object> e : model.entrySet()) {
            assertEquals(e.getValue(), d.get(e.getKey()), e.getKey());
        }
    }

    @Test
    void stringKeysWithOneHashCodeSwitchTheDictToKeyedHashes() {
        List<String> keys = sameHashStrings(12);
        assertEquals(keys.get(0).hashCode(), keys.get(keys.size() - 1).hashCode());
        RuffDict d = new RuffDict();
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            d.putInPlace(keys.get(i), (long) i);
            model.put(keys.get(i), (long) i);
            if (i % 5 == 4) {
                String gone = keys.get(i / 2);
                assertEquals(model.remove(gone), d.removeInPlace(gone));
            }
        }
        assertTrue(d.usesKeyedHash());
        assertBehavesLikeTheModel(d, model);
        RuffDict copy = d.copy();
        assertTrue(copy.usesKeyedHash());
        assertBehavesLikeTheModel(copy, model);
        assertFalse(d.containsKey("AaAa"));
    }

    @Test
    void intKeysWithOneLongHashCodeSwitchTheDictToKeyedHashes() {
        RuffDict d = new RuffDict();
        Map<String, Object> model = new LinkedHashMap<>();
        for (long x = 0; x < 4096; x++) {
            long key = x << 32 | x; // Long.hashCode is 0 for all of them
            d.putInPlace(key, x);
            model.put(Long.toString(key), x);
        }
        d.putInPlace("text", 1L);
        model.put("text", 1L);
        assertTrue(d.usesKeyedHash());
        assertBehavesLikeTheModel(d, model);
        assertEquals(5L, d.get(5L << 32 | 5L));
        assertFalse(d.containsKey(7L << 32));
    }

    @Test
    void ordinaryKeysKeepTheFastHashes() {
        List<RuffDict> dicts = new ArrayList<>();
        for (int kind = 0; kind < 8; kind++) {
            dicts.add(new RuffDict());
        }
        for (long i = 0; i < 200_000; i++) {
            dicts.get(0).putInPlace(i, i);
            dicts.get(1).putInPlace(i << 12, i); // multiples of powers of two
            dicts.get(2).putInPlace(i << 20, i);
            dicts.get(3).putInPlace(i << 40, i);
            dicts.get(4).putInPlace(1_700_000_000_000L + i * 1000, i); // millisecond timestamps
            dicts.get(5).putInPlace(-i * 7, i);
            dicts.get(6).putInPlace("key" + i, i);
            dicts.get(7).putInPlace(i % 2 == 0 ? Long.toString(i) : "k" + i, i);
            if (i % 3 == 0) {
                dicts.get(0).removeInPlace(i / 2);
                dicts.get(6).removeInPlace("key" + i / 2);
            }
        }
        for (int kind = 0; kind < dicts.size(); kind++) {
            assertFalse(dicts.get(kind).usesKeyedHash(), "kind " + kind);
        }
    }

    @Test
    void keyedHashesSeparateWhatThePublicHashesConfuse() {
        assertEquals(KeyHash.text("AaBB"), KeyHash.text("AaBB"));
        assertNotEquals(KeyHash.text("Aa"), KeyHash.text("BB"));
        assertNotEquals(KeyHash.integer(0), KeyHash.integer(1L << 32 | 1));
        assertNotEquals(KeyHash.text(""), KeyHash.text("\0"));
    }
}
