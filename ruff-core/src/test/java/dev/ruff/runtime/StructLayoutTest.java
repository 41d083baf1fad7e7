package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StructInstance} on {@link StructShape}s: set order, sharing, transitions and copies. */
class StructLayoutTest {
    private static final StructDef POINT = new StructDef("Point", List.of("x", "y"), Map.of(), Map.of());

    private static StructInstance point(long x, long y) {
        StructInstance p = new StructInstance("Point", POINT);
        p.setInPlace("x", x);
        p.setInPlace("y", y);
        return p;
    }

    @Test
    void instancesBuiltAlikeShareOneShape() {
        StructInstance a = point(1, 2);
        StructInstance b = point(3, 4);
        assertSame(a.shape(), b.shape());
        assertEquals(1, a.shape().indexOf("y"));
        assertEquals(4L, b.fieldAt(b.shape().indexOf("y")));
        StructInstance reversed = new StructInstance("Point", POINT);
        reversed.setInPlace("y", 1L);
        reversed.setInPlace("x", 2L);
        assertNotSame(a.shape(), reversed.shape());
        assertEquals(List.of("y", "x"), List.copyOf(reversed.fields().keySet()));
    }

    @Test
    void fieldsKeepSetOrderAndOverwritesKeepTheirPlace() {
        StructInstance p = point(1, 2);
        p.setInPlace("label", "a");
        p.setInPlace("x", 9L);
        assertEquals(List.of("x", "y", "label"), List.copyOf(p.fields().keySet()));
        assertEquals(List.of(9L, 2L, "a"), List.copyOf(p.fields().values()));
        assertEquals(9L, p.fields().get("x"));
        assertTrue(p.fields().containsKey("label"));
        assertNull(p.field("z"));
        assertFalse(p.hasField("z"));
    }

    @Test
    void copiesAreIndependentAndMayGrowApart() {
        StructInstance p = point(1, 2);
        StructInstance q = p.copy();
        q.setInPlace("x", 5L);
        q.setInPlace("z", 7L);
        assertEquals(1L, p.field("x"));
        assertFalse(p.hasField("z"));
        assertEquals(Map.of("x", 5L, "y", 2L, "z", 7L), Map.copyOf(q.fields()));
        assertTrue(Equality.equal(point(1, 2), p));
        assertEquals("Point { x: 1, y: 2 }", Display.display(p));
    }

    @Test
    void undeclaredStructsStartFromACommonRoot() {
        StructInstance a = new StructInstance("Anon", null);
        a.setInPlace("k", 1L);
        StructInstance b = new StructInstance("Other", null);
        b.setInPlace("k", 2L);
        assertSame(a.shape(), b.shape());
        assertEquals("Anon", a.name());
    }
}
