package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unboxed int storage of {@link RuffArray}: same values as the boxed form, converting one way. */
class RuffArrayTest {

    @Test
    void allIntFactoriesStoreUnboxed() {
        assertTrue(RuffArray.of(1L, 2L, 300L).isIntStorage());
        assertTrue(RuffArray.ofList(List.of(1L, -5L)).isIntStorage());
        assertTrue(RuffArray.wrap(new Object[] {7L, 8L, null}, 2).isIntStorage());
        assertTrue(RuffArray.empty().isIntStorage());
        assertTrue(RuffArray.of().isIntStorage());
        assertEquals(List.of(1L, 2L, 300L), RuffArray.of(1L, 2L, 300L).asList());
    }

    @Test
    void mixedFactoriesStoreBoxed() {
        RuffArray a = RuffArray.of(1L, "two", 3L);
        assertFalse(a.isIntStorage());
        assertEquals(List.of(1L, "two", 3L), a.asList());
        // a float is not a Ruff int even when whole
        assertFalse(RuffArray.of(1L, 2.0).isIntStorage());
    }

    @Test
    void wrapLongsTakesTheFirstLengthSlots() {
        RuffArray a = RuffArray.wrapLongs(new long[] {4, 5, 6, 0}, 3);
        assertEquals(3, a.size());
        assertEquals(List.of(4L, 5L, 6L), a.asList());
        assertEquals(6L, a.getLong(2));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> RuffArray.wrapLongs(new long[1], 2));
    }

    @Test
    void firstNonIntWriteKeepsEarlierInts() {
        RuffArray a = RuffArray.of(1L, 1000L, -7L);
        assertTrue(a.canUpdateInPlace());
        a.setInPlace(1, "x");
        assertFalse(a.isIntStorage());
        assertEquals(List.of(1L, "x", -7L), a.asList());
        // one-way: writing an int back does not unbox again, and the values stay right
        a.setInPlace(1, 5L);
        assertFalse(a.isIntStorage());
        assertEquals(List.of(1L, 5L, -7L), a.asList());
    }

    @Test
    void intWritesStayUnboxed() {
        RuffArray a = RuffArray.of(1L, 2L);
        a.setInPlace(0, Long.MIN_VALUE);
        RuffArray b = a.append(Long.MAX_VALUE);
        assertTrue(b.isIntStorage());
        assertEquals(List.of(Long.MIN_VALUE, 2L, Long.MAX_VALUE), b.asList());
    }

    @Test
    void appendingANonIntConvertsTheSharedBufferWithoutChangingOlderViews() {
        RuffArray a = RuffArray.empty();
        List<RuffArray> views = new ArrayList<>();
        for (long i = 0; i < 20; i++) {
            a = a.append(i * 1000);
            views.add(a);
        }
        RuffArray mixed = a.append("tail");
        assertEquals("tail", mixed.get(20));
        for (int v = 0; v < views.size(); v++) {
            RuffArray view = views.get(v);
            assertEquals(v + 1, view.size());
            for (int i = 0; i <= v; i++) {
                assertEquals(i * 1000L, view.get(i));
            }
        }
    }

    @Test
    void appendFromAnOlderViewNeverShowsInANewerOne() {
        RuffArray base = RuffArray.of(1L, 2L);
        RuffArray longer = base.append(3L);
        RuffArray branch = base.append("b"); // base no longer ends at the buffer's end: copies
        RuffArray longerStill = longer.append(4L);
        assertEquals(List.of(1L, 2L, 3L), longer.asList());
        assertEquals(List.of(1L, 2L, "b"), branch.asList());
        assertEquals(List.of(1L, 2L, 3L, 4L), longerStill.asList());
        assertEquals(List.of(1L, 2L), base.asList());
        assertTrue(longerStill.isIntStorage());
    }

    @Test
    void withANonIntLeavesTheOriginalUnboxed() {
        RuffArray a = RuffArray.of(1L, 2L, 3L);
        RuffArray b = a.with(1, 2.5);
        assertEquals(List.of(1L, 2.5, 3L), b.asList());
        assertEquals(List.of(1L, 2L, 3L), a.asList());
        assertTrue(a.isIntStorage());
        assertFalse(b.isIntStorage());
        assertThrows(IndexOutOfBoundsException.class, () -> a.with(3, "x"));
    }

    @Test
    void getLongUnboxesIntsInEitherStorage() {
        RuffArray mixed = RuffArray.of(9L, "s");
        assertEquals(9L, mixed.getLong(0));
        assertThrows(ClassCastException.class, () -> mixed.getLong(1));
        assertArrayEquals(new long[] {9L}, mixed.slice(0, 1).toLongArray());
        assertThrows(ClassCastException.class, mixed::toLongArray);
    }

    @Test
    void sliceKeepsTheStorageKind() {
        RuffArray ints = RuffArray.of(1L, 2L, 3L, 4L);
        assertEquals(List.of(2L, 3L), ints.slice(1, 3).asList());
        assertTrue(ints.slice(1, 3).isIntStorage());
        RuffArray mixed = RuffArray.of(1L, "a", 3L);
        assertEquals(List.of("a", 3L), mixed.slice(1, 3).asList());
        assertEquals(List.of(), mixed.slice(2, 2).asList());
        assertThrows(IndexOutOfBoundsException.class, () -> ints.slice(3, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> ints.slice(0, 5));
    }

    @Test
    void toArrayAndIterationBoxTheSameValues() {
        RuffArray a = RuffArray.wrapLongs(new long[] {5, 500, -500}, 3);
        assertArrayEquals(new Object[] {5L, 500L, -500L}, a.toArray());
        assertArrayEquals(new Object[] {5L, 500L, -500L}, a.asList().toArray());
        List<Object> seen = new ArrayList<>();
        a.forEach(seen::add);
        assertEquals(List.of(5L, 500L, -500L), seen);
    }

    @Test
    void iterationSeesAConversionHalfwayThrough() {
        RuffArray a = RuffArray.of(1L, 2L, 3L);
        Iterator<Object> it = a.iterator();
        assertEquals(1L, it.next());
        RuffArray b = a.append("x"); // converts the buffer a shares
        assertFalse(b.isIntStorage());
        assertEquals(2L, it.next());
        assertEquals(3L, it.next());
        assertFalse(it.hasNext());
    }

    @Test
    void builderStaysUnboxedUntilTheFirstNonInt() {
        RuffArray.Builder ints = new RuffArray.Builder(0);
        for (long i = 0; i < 100; i++) {
            ints.add(i);
        }
        RuffArray a = ints.build();
        assertTrue(a.isIntStorage());
        assertEquals(100, a.size());
        assertEquals(99L, a.get(99));

        RuffArray.Builder mixed = new RuffArray.Builder(2);
        mixed.add(1L).add(2L).add(RuffNull.NULL).add(4L);
        RuffArray m = mixed.build();
        assertFalse(m.isIntStorage());
        assertEquals(List.of(1L, 2L, RuffNull.NULL, 4L), m.asList());
    }

    @Test
    void containerElementsAreStillRetained() {
        RuffArray inner = RuffArray.of(1L);
        RuffArray.Builder b = new RuffArray.Builder();
        b.add(5L).add(inner);
        RuffArray outer = b.build();
        Values.retain(inner); // the element plus one more holder: no longer exclusive
        assertFalse(inner.isExclusive());
        assertEquals(inner, outer.get(1));
    }

    @Test
    void unboxedAndBoxedIntArraysAreEqual() {
        RuffArray unboxed = RuffArray.of(1L, 2L);
        RuffArray boxed = RuffArray.of(1L, "x");
        boxed.setInPlace(1, 2L);
        assertTrue(Equality.equal(unboxed, boxed));
        assertTrue(Equality.equal(unboxed, RuffArray.of(1L, 2.0)));
        assertFalse(Equality.equal(unboxed, RuffArray.of(1L, 3L)));
        assertFalse(Equality.equal(unboxed, RuffArray.of(1L)));
        assertEquals("[1, 2]", Display.display(unboxed));
        assertEquals(Display.debug(boxed), Display.debug(unboxed));
    }
}
