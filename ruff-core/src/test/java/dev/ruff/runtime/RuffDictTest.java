package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dict keys are strings to the outside, whether a key was written as an int or as its decimal text. */
class RuffDictTest {

    private static List<String> keys(RuffDict d) {
        return new ArrayList<>(d.keys());
    }

    @Test
    void intKeyAndItsDecimalTextAreOneEntry() {
        RuffDict d = new RuffDict();
        d.putInPlace(5L, "int");
        d.putInPlace("5", "text");
        assertEquals(1, d.size());
        assertEquals("text", d.get(5L));
        assertEquals("text", d.get("5"));
        assertTrue(d.containsKey(5L));
        assertTrue(d.containsKey("5"));
        assertEquals(List.of("5"), keys(d));
        assertEquals("text", d.removeInPlace(5L));
        assertTrue(d.isEmpty());
        assertFalse(d.containsKey("5"));
    }

    @Test
    void negativeAndExtremeIntKeysMatchTheirText() {
        RuffDict d = new RuffDict();
        for (long k : new long[] {0, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            d.putInPlace(k, k);
        }
        assertEquals(List.of("0", "-7", "9223372036854775807", "-9223372036854775808"), keys(d));
        assertEquals(Long.MIN_VALUE, d.get("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, d.get("9223372036854775807"));
        assertEquals(-7L, d.get("-7"));
    }

    @Test
    void nonCanonicalIntTextIsADifferentKeyFromTheInt() {
        RuffDict d = new RuffDict();
        d.putInPlace(0L, "zero");
        d.putInPlace(7L, "seven");
        for (String text : List.of("-0", "007", "+7", "07", " 7", "7 ", "", "-", "9223372036854775808",
                "-9223372036854775809", "99999999999999999999")) {
            assertFalse(d.containsKey(text), text);
            d.putInPlace(text, text);
            assertEquals(text, d.get(text));
        }
        assertEquals("zero", d.get(0L));
        assertEquals("seven", d.get(7L));
        assertEquals(13, d.size());
        assertEquals("0", keys(d).get(0));
        assertEquals("99999999999999999999", keys(d).get(12));
    }

    @Test
    void canonicalIntTextIsRecognisedExactly() {
        for (String s : List.of("0", "1", "-1", "42", "9223372036854775807", "-9223372036854775808", "1000000000000000000")) {
            assertTrue(RuffDict.isCanonicalInt(s), s);
        }
        for (String s : List.of("", "-", "-0", "00", "01", "+1", "1.0", "1e3", "a1", "1a", "9223372036854775808",
                "-9223372036854775809", "9999999999999999999", "12345678901234567890", "\u0661")) {
            assertFalse(RuffDict.isCanonicalInt(s), s);
        }
    }

    @Test
    void aNullKeyIsNeverPresentAndCannotBeStored() {
        RuffDict d = RuffDict.of(Map.of("a", 1L));
        assertNull(d.get(null));
        assertFalse(d.containsKey(null));
        assertNull(d.removeInPlace(null));
        assertThrows(NullPointerException.class, () -> d.putInPlace((String) null, 1L));
        assertEquals(1, d.size());
    }

    @Test
    void replacingAValueKeepsTheKeyWhereItWas() {
        RuffDict d = new RuffDict();
        d.putInPlace("a", 1L);
        d.putInPlace(2L, 2L);
        d.putInPlace("c", 3L);
        d.putInPlace("2", 20L);
        d.putInPlace("a", 10L);
        assertEquals(List.of("a", "2", "c"), keys(d));
        assertEquals(List.of(10L, 20L, 3L), d.entries().stream().map(Map.Entry::getValue).toList());
    }

    @Test
    void aRemovedKeyPutBackGoesToTheEnd() {
        RuffDict d = new RuffDict();
        d.putInPlace(1L, "a");
        d.putInPlace("x", "b");
        d.putInPlace(3L, "c");
        assertEquals("a", d.removeInPlace("1"));
        assertNull(d.removeInPlace("1"));
        assertNull(d.removeInPlace(99L));
        d.putInPlace(1L, "again");
        assertEquals(List.of("x", "3", "1"), keys(d));
    }

    @Test
    void manyInsertionsAndRemovalsKeepInsertionOrder() {
        RuffDict d = new RuffDict();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            if (i % 3 == 0) {
                d.putInPlace("k" + i, (long) i);
                expected.add("k" + i);
            } else {
                d.putInPlace((long) i * 1024, (long) i); // equal low bits: collisions in the table
                expected.add(Long.toString((long) i * 1024));
            }
            if (i % 4 == 3) {
                String gone = expected.remove(expected.size() / 2);
                assertTrue(d.removeInPlace(gone) != null);
            }
        }
        assertEquals(expected, keys(d));
        for (String k : expected) {
            assertTrue(d.containsKey(k), k);
        }
    }

    @Test
    void aCopyIsIndependentAndHoldsItsValues() {
        RuffDict inner = new RuffDict();
        RuffDict d = new RuffDict();
        d.putInPlace(1L, inner);
        d.putInPlace("two", 2L);
        d.removeInPlace("two");
        RuffDict c = d.copy();
        assertTrue(c.isExclusive());
        assertFalse(inner.isExclusive(), "the copy retained the inner dict");
        c.putInPlace(3L, 3L);
        assertEquals(List.of("1"), keys(d));
        assertEquals(List.of("1", "3"), keys(c));
        assertSame(inner, c.get(1L));
    }

    @Test
    void withAndWithoutLeaveTheOriginalAlone() {
        RuffDict d = RuffDict.of(Map.of("5", 1L));
        RuffDict w = d.with(6L, 2L);
        RuffDict v = w.without("5");
        assertEquals(List.of("5"), keys(d));
        assertEquals(List.of("5", "6"), keys(w));
        assertEquals(List.of("6"), keys(v));
    }

    @Test
    void keyViewsFailFastWhenTheDictGainsOrLosesAKey() {
        RuffDict d = RuffDict.of(Map.of("a", 1L, "b", 2L));
        Iterator<String> it = d.keys().iterator();
        it.next();
        d.putInPlace("a", 5L); // replacing a value is not a structural change
        it.next();
        Iterator<Map.Entry<String, Object>> entries = d.entries().iterator();
        d.putInPlace(9L, 9L);
        assertThrows(ConcurrentModificationException.class, entries::next);
        assertThrows(UnsupportedOperationException.class, () -> d.keys().remove("a"));
    }

    @Test
    void keyViewContainsTextKeysOnly() {
        RuffDict d = new RuffDict();
        d.putInPlace(12L, 1L);
        assertTrue(d.keys().contains("12"));
        assertFalse(d.keys().contains(12L));
        assertEquals(1, d.keys().size());
    }

    @Test
    void toStringListsEntriesInInsertionOrder() {
        RuffDict d = new RuffDict();
        d.putInPlace("b", 1L);
        d.putInPlace(-3L, "x");
        assertEquals("RuffDict{b=1, -3=x}", d.toString());
    }

    @Test
    void dictsWithTheSameKeysInAnyFormAndOrderAreEqual() {
        RuffDict a = new RuffDict();
        a.putInPlace(1L, "one");
        a.putInPlace("k", 2L);
        RuffDict b = new RuffDict();
        b.putInPlace("k", 2.0);
        b.putInPlace("1", "one");
        assertTrue(Equality.equal(a, b));
        b.putInPlace("01", "x");
        assertFalse(Equality.equal(a, b));
        b.removeInPlace("01");
        b.putInPlace(1L, "uno");
        assertFalse(Equality.equal(a, b));
    }

    @Test
    void displaySortsIntKeysAsText() {
        RuffDict d = new RuffDict();
        d.putInPlace(9L, 1L);
        d.putInPlace(10L, 2L);
        d.putInPlace("a", 3L);
        d.putInPlace(-1L, 4L);
        assertEquals("{\"-1\": 4, \"10\": 2, \"9\": 1, \"a\": 3}", Display.display(d));
    }

    @Test
    void intIndexReadsAndWritesTheEntryOfItsText() {
        RuffDict d = new RuffDict();
        Values.retain(d);
        assertSame(d, Indexing.set(d, 70000L, "big"));
        assertSame(d, Indexing.set(d, "70001", "text"));
        assertEquals("big", Indexing.get(d, "70000"));
        assertEquals("text", Indexing.get(d, 70001L));
        assertEquals(List.of("70000", "70001"), keys(d));
    }

    @Test
    void sharedDictIsCopiedOnIntKeyWrite() {
        RuffDict d = RuffDict.of(Map.of("1", 1L));
        Values.retain(d);
        Values.retain(d);
        Object written = Indexing.set(d, 1L, 9L);
        assertEquals(1L, d.get(1L));
        assertEquals(9L, ((RuffDict) written).get("1"));
    }
}
