package dev.ruff.stdlib.collections;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static dev.ruff.stdlib.Natives.items;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArraysModuleTest {
    private final Natives n = new Natives(new ArraysModule(), new SequencesModule());

    @Test
    void pushAndAppendLeaveTheArgumentAlone() {
        RuffArray a = arr(1L, 2L, 3L);
        assertEquals(list(1L, 2L, 3L, 4L), plain(n.call("push", a, 4L)));
        assertEquals(list(1L, 2L, 3L, 5L), plain(n.call("append", a, 5L)));
        assertEquals(list(1L, 2L, 3L), plain(a));
        assertEquals("push expects 2 arguments, got 1", n.error("push", a));
        assertEquals("append expects 2 arguments, got 3", n.error("append", a, 1L, 2L));
        assertEquals("push() requires an array as the first argument", n.error("push", "x", 1L));
    }

    @Test
    void popReturnsRestAndItem() {
        assertEquals(list(list(1L), 2L), plain(n.call("pop", arr(1L, 2L))));
        assertEquals(list(list(), 0L), plain(n.call("pop", arr())));
        assertEquals("pop expects 1 argument, got 0", n.error("pop"));
        assertEquals("pop() requires an array argument", n.error("pop", "x"));
    }

    @Test
    void insertAndRemoveAt() {
        assertEquals(list(1L, 9L, 2L), plain(n.call("insert", arr(1L, 2L), 1L, 9L)));
        assertEquals(list(1L, 2L, 9L), plain(n.call("insert", arr(1L, 2L), 2L, 9L)));
        assertEquals("insert() index 3 out of bounds for array of length 2", n.error("insert", arr(1L, 2L), 3L, 9L));
        assertEquals("insert() index 18446744073709551615 out of bounds for array of length 2",
                n.error("insert", arr(1L, 2L), -1L, 9L));
        assertEquals("insert() index must be a number", n.error("insert", arr(), "0", 9L));
        assertEquals("insert() requires 3 arguments: array, index, and item", n.error("insert", arr(), 0L));
        assertEquals(list(list(1L, 3L), 2L), plain(n.call("remove_at", arr(1L, 2L, 3L), 1L)));
        assertEquals("remove_at() index 3 out of bounds for array of length 3", n.error("remove_at", arr(1L, 2L, 3L), 3L));
        assertEquals("remove_at() index must be a number", n.error("remove_at", arr(1L), "0"));
        assertEquals("remove_at() requires 2 arguments: array and index", n.error("remove_at", arr(1L)));
    }

    @Test
    void removeFromArrayAndDict() {
        assertEquals(list(1L, 3L, 2L), plain(n.call("remove", arr(1L, 2L, 3L, 2L), 2L)));
        assertEquals(list(1L, 2L), plain(n.call("remove", arr(1L, 2L), 2.0)));
        RuffDict d = dict("a", 1L, "b", 2L);
        assertEquals(list(Map.of("b", 2L), 1L), plain(n.call("remove", d, "a")));
        assertEquals(list(Map.of("a", 1L, "b", 2L), 0L), plain(n.call("remove", d, "zz")));
        assertEquals(2, d.size());
        assertEquals("remove() requires an array or dictionary-like value with a valid key/item", n.error("remove", "s", 1L));
        assertEquals("remove() requires an array or dictionary-like value with a valid key/item", n.error("remove", d, 1.5));
    }

    @Test
    void clearSliceConcat() {
        assertEquals(list(), plain(n.call("clear", arr(1L))));
        assertEquals(Map.of(), plain(n.call("clear", dict("a", 1L))));
        assertEquals("clear() requires an array or dict argument", n.error("clear", "x"));
        RuffArray a = arr(0L, 1L, 2L, 3L, 4L);
        assertEquals(list(1L, 2L), plain(n.call("slice", a, 1L, 3L)));
        assertEquals(list(3L, 4L), plain(n.call("slice", a, -2L, 100L)));
        assertEquals(list(), plain(n.call("slice", a, 3L, 1L)));
        assertEquals(list(0L, 1L), plain(n.call("slice", a, -99L, 2.7)));
        assertEquals("slice() start must be a number", n.error("slice", a, "1", 2L));
        assertEquals("slice() end must be a number", n.error("slice", a, 1L, "2"));
        assertEquals("slice() requires array or bytes and numeric start/end arguments", n.error("slice", "abc", 1L, 2L));
        RuffBytes b = RuffBytes.wrap(new byte[] {0, 1, 2, 3, (byte) 255});
        assertEquals(RuffBytes.wrap(new byte[] {1, 2}), n.call("slice", b, 1L, 3L));
        assertEquals(RuffBytes.wrap(new byte[] {3, (byte) 255}), n.call("slice", b, -2L, 100L));
        assertEquals(RuffBytes.wrap(new byte[0]), n.call("slice", b, 3L, 1L));
        assertEquals("slice() end must be a number", n.error("slice", b, 1L, "2"));
        assertEquals("slice expects 3 arguments, got 2", n.error("slice", a, 1L));
        assertEquals(list(1L, 2L, 3L), plain(n.call("concat", arr(1L), arr(2L, 3L))));
        assertEquals("concat() requires two array arguments", n.error("concat", arr(1L), "x"));
    }

    @Test
    void sortIsStableAndMixesNumbers() {
        assertEquals(list(-1L, 1.5, 2L, 3L), plain(n.call("sort", arr(3L, 1.5, -1L, 2L))));
        assertEquals(list("B", "a", "é"), plain(n.call("sort", arr("é", "a", "B"))));
        // other pairings compare equal: relative order kept
        assertEquals(list(true, "x", 1L, 2L), plain(n.call("sort", arr(true, "x", 2L, 1L))));
        assertEquals("sort requires an array argument", n.error("sort", "x"));
        assertEquals("sort expects 1 argument, got 2", n.error("sort", arr(), arr()));
    }

    @Test
    void reverseUniqueSum() {
        assertEquals(list(3L, 2L, 1L), plain(n.call("reverse", arr(1L, 2L, 3L))));
        assertEquals("reverse requires an array argument", n.error("reverse", 1L));
        // identity is the debug text: 1 and 1.0 differ, arrays of one length collapse
        RuffArray u = (RuffArray) n.call("unique", arr(1L, 1.0, 1L, "1", arr(1L), arr(2L)));
        assertEquals(list(1L, 1.0, "1", list(1L)), plain(u));
        assertEquals("unique requires an array argument", n.error("unique", dict()));
        assertEquals(6L, n.call("sum", arr(1L, 2L, 3L, "x")));
        assertEquals(6.5, n.call("sum", arr(1L, 2.5, 3L)));
        assertEquals(0L, n.call("sum", arr()));
        assertEquals("sum requires an array argument", n.error("sum", 1L));
    }

    @Test
    void arrayBuildsFromArguments() {
        assertEquals(list(1L, "a"), plain(n.call("array", 1L, "a")));
        assertEquals(list(), plain(n.call("array")));
    }

    @Test
    void regrouping() {
        RuffArray a = arr(1L, 2L, 3L, 4L, 5L);
        assertEquals(list(list(1L, 2L), list(3L, 4L), list(5L)), plain(n.call("chunk", a, 2L)));
        assertEquals(list(list(1L, 2L, 3L, 4L, 5L)), plain(n.call("chunk", a, 0L)));
        assertEquals("chunk() size must be a number", n.error("chunk", a, "2"));
        assertEquals("chunk() requires 2 arguments: array and size", n.error("chunk", a));
        assertEquals(list(list(1L, 2L, 3L), list(2L, 3L, 4L), list(3L, 4L, 5L)), plain(n.call("windows", a, 3L)));
        assertEquals(list(), plain(n.call("windows", a, 6L)));
        assertEquals("windows() size must be a number", n.error("windows", a, "x"));
        assertEquals(list(1L, 2L, list(3L), 4L), plain(n.call("flatten", arr(arr(1L, 2L), arr(arr(3L)), 4L))));
        assertEquals("flatten() requires an array argument", n.error("flatten", 1L));
        assertEquals(list(list(1L, "a"), list(2L, "b")), plain(n.call("zip", arr(1L, 2L, 3L), arr("a", "b"))));
        assertEquals("zip() requires 2 array arguments", n.error("zip", arr(), 1L));
        assertEquals(list(list(0L, "a"), list(1L, "b")), plain(n.call("enumerate", arr("a", "b"))));
        assertEquals("enumerate() requires an array argument", n.error("enumerate", "ab"));
        assertEquals(list(1L, 2L), plain(n.call("take", a, 2L)));
        assertEquals(list(), plain(n.call("take", a, -1L)));
        assertEquals("take() count must be a number", n.error("take", a, "1"));
        assertEquals("take() requires 2 arguments: array and count", n.error("take", "a", 1L));
        assertEquals(list(4L, 5L), plain(n.call("skip", a, 3L)));
        assertEquals(list(), plain(n.call("skip", a, 30L)));
        assertEquals("skip() count must be a number", n.error("skip", a, arr()));
    }

    @Test
    void intArraysStayUnboxedThroughPushSortSliceAndFriends() {
        RuffArray a = RuffArray.empty();
        for (long x : new long[] {5, -3, 900, 5, 0}) {
            a = (RuffArray) n.call("push", a, x);
        }
        assertTrue(a.isIntStorage());
        RuffArray sorted = (RuffArray) n.call("sort", a);
        assertTrue(sorted.isIntStorage());
        assertEquals(list(-3L, 0L, 5L, 5L, 900L), plain(sorted));
        assertEquals(list(5L, -3L, 900L, 5L, 0L), plain(a));
        assertTrue(((RuffArray) n.call("slice", a, 1L, 3L)).isIntStorage());
        assertTrue(((RuffArray) n.call("take", a, 2L)).isIntStorage());
        assertTrue(((RuffArray) n.call("skip", a, 2L)).isIntStorage());
        assertEquals(list(list(5L, -3L, 900L, 5L), 0L), plain(n.call("pop", a)));
        assertTrue(((RuffArray) items(n.call("pop", a)).get(0)).isIntStorage());
        assertEquals(907L, n.call("sum", a));
    }

    @Test
    void pushingANonIntOntoAnIntArrayKeepsItsInts() {
        RuffArray ints = arr(3L, 1L);
        RuffArray mixed = (RuffArray) n.call("push", ints, "x");
        assertFalse(mixed.isIntStorage());
        assertEquals(list(3L, 1L, "x"), plain(mixed));
        assertEquals(list(3L, 1L), plain(ints));
        // the mixed array takes the stable merge sort, where "x" compares equal to the numbers
        assertEquals(list(1L, 3L, "x"), plain(n.call("sort", mixed)));
    }

    @Test
    void unboxedAndBoxedSumsRaiseTheOperatorOverflowError() {
        RuffArray unboxed = RuffArray.wrapLongs(new long[] {Long.MAX_VALUE, 1L}, 2);
        assertTrue(unboxed.isIntStorage());
        RuffArray boxed = arr(Long.MAX_VALUE, "x", 1L);
        assertFalse(boxed.isIntStorage());
        String expected = "Integer overflow: 9223372036854775807 + 1";
        assertEquals(expected, n.error("sum", unboxed));
        assertEquals(expected, n.error("sum", boxed));
        assertEquals("Integer overflow: -9223372036854775808 + -1", n.error("sum", arr(Long.MIN_VALUE, -1L)));
        // the int prefix is exact; once a float is seen the sum is a float and cannot overflow
        assertEquals(Long.MAX_VALUE, n.call("sum", arr(Long.MAX_VALUE - 1, 1L)));
        assertEquals(1.8446744073709552E19, n.call("sum", arr(Long.MAX_VALUE, 0.0, Long.MAX_VALUE)));
        assertEquals(0L, n.call("sum", arr()));
    }
}
