package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuffBytesTest {

    @Test
    void copiesInAndOutKeepTheValueUnchanged() {
        byte[] source = {1, 2, 3};
        RuffBytes b = RuffBytes.copyOf(source);
        source[0] = 9;
        b.toByteArray()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, b.toByteArray());
    }

    @Test
    void sliceCopiesAHalfOpenRange() {
        RuffBytes b = RuffBytes.wrap(new byte[] {10, 20, 30, 40});
        assertEquals(RuffBytes.wrap(new byte[] {20, 30}), b.slice(1, 3));
        assertEquals(0, b.slice(2, 2).length());
    }

    @Test
    void lengthCountsBytes() {
        RuffBytes b = RuffBytes.wrap(new byte[5]);
        assertEquals(5, b.length());
        assertEquals(5L, b.size());
    }
}
