package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostValuesTest {
    @Test
    void javaNumbersBecomeRuffIntsAndFloats() {
        assertEquals(5L, HostValues.toRuff(5));
        assertEquals(5L, HostValues.toRuff((short) 5));
        assertEquals(1.5, HostValues.toRuff(1.5f));
        assertEquals(RuffNull.NULL, HostValues.toRuff(null));
    }

    @Test
    void collectionsConvertBothWaysPreservingOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1L, "two", true));
        map.put("a", null);
        Object ruff = HostValues.toRuff(map);
        assertEquals(map, HostValues.toJava(ruff));
        assertEquals(List.of("z", "a"), List.copyOf(((Map<?, ?>) HostValues.toJava(ruff)).keySet()));
    }

    @Test
    void byteArraysBecomeBytesAndBack() {
        Object ruff = HostValues.toRuff(new byte[] {1, -1});
        assertEquals(RuffBytes.class, ruff.getClass());
        assertArrayEquals(new byte[] {1, -1}, (byte[]) HostValues.toJava(ruff));
    }

    @Test
    void arbitraryJavaObjectsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostValues.toRuff(new Thread()));
        assertEquals("no Ruff value for Java type java.lang.Thread", e.getMessage());
    }

    @Test
    void ruffValuesPassThroughToRuffUnchanged() {
        RuffArray a = RuffArray.of(1L);
        assertEquals(a, HostValues.toRuff(a));
    }
}
