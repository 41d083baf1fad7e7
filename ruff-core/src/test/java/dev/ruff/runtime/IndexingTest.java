package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IndexingTest {

    private static void assertError(String message, Executable body) {
        assertEquals(message, assertThrows(RuffRuntimeError.class, body).getMessage());
    }

    @Test
    void negativeArrayIndexCountsFromTheEnd() {
        RuffArray a = RuffArray.of(10L, 20L, 30L);
        assertEquals(30L, Indexing.get(a, -1L));
        assertEquals(10L, Indexing.get(a, 0L));
        assertError("Index out of bounds: 3", () -> Indexing.get(a, 3L));
        assertError("Index out of bounds: -4", () -> Indexing.get(a, -4L));
    }

    @Test
    void bytesIndexGivesUnsignedIntsWithTheArrayBoundsRule() {
        RuffBytes b = RuffBytes.wrap(new byte[] {0, 127, (byte) 128, (byte) 255});
        assertEquals(0L, Indexing.get(b, 0L));
        assertEquals(128L, Indexing.get(b, 2L));
        assertEquals(255L, Indexing.get(b, -1L));
        assertError("Index out of bounds: 4", () -> Indexing.get(b, 4L));
        assertError("Index out of bounds: -5", () -> Indexing.get(b, -5L));
        assertError("Invalid index operation", () -> Indexing.get(b, 0.0));
        assertError("Invalid index operation", () -> Indexing.get(b, "0"));
        assertError("Invalid index assignment", () -> Indexing.set(b, 0L, 1L));
    }

    @Test
    void floatIndexIsInvalid() {
        assertError("Invalid index operation", () -> Indexing.get(RuffArray.of(1L), 0.0));
        assertError("Invalid index operation", () -> Indexing.get(5L, 0L));
    }

    @Test
    void stringIndexingUsesCodePoints() {
        String s = "a\uD83D\uDE00b";
        assertEquals("\uD83D\uDE00", Indexing.get(s, 1L));
        assertEquals("b", Indexing.get(s, 2L));
        assertEquals("b", Indexing.get(s, -1L));
        assertError("Index out of bounds: 3", () -> Indexing.get(s, 3L));
    }

    @Test
    void dictIndexingStringifiesIntKeys() {
        RuffDict d = RuffDict.of(Map.of("k", 1L, "5", "five"));
        assertEquals(1L, Indexing.get(d, "k"));
        assertEquals("five", Indexing.get(d, 5L));
        assertError("Missing map key: \"x\"", () -> Indexing.get(d, "x"));
        assertError("Missing map key: 7", () -> Indexing.get(d, 7L));
        assertError("Invalid index operation", () -> Indexing.get(d, true));
    }

    @Test
    void exclusiveArrayIsUpdatedInPlace() {
        RuffArray a = RuffArray.of(1L, 2L);
        Values.retain(a);
        assertSame(a, Indexing.set(a, 0L, 9L));
        assertEquals("[9, 2]", Display.display(a));
    }

    @Test
    void sharedArrayIsCopiedOnWrite() {
        RuffArray a = RuffArray.of(1L, 2L);
        Values.retain(a);
        Values.retain(a);
        Object b = Indexing.set(a, -1L, 9L);
        assertNotSame(a, b);
        assertEquals("[1, 2]", Display.display(a));
        assertEquals("[1, 9]", Display.display(b));
    }

    @Test
    void storingAnArrayIntoItselfCopies() {
        RuffArray a = RuffArray.of(1L);
        Object b = Indexing.set(a, 0L, a);
        assertEquals("[1]", Display.display(a));
        assertEquals("[[1]]", Display.display(b));
    }

    @Test
    void indexAssignmentErrors() {
        assertError("Index out of bounds: 2", () -> Indexing.set(RuffArray.of(1L, 2L), 2L, 0L));
        assertError("Invalid index assignment: unsupported array index type",
                () -> Indexing.set(RuffArray.of(1L), "0", 0L));
        assertError("Invalid index assignment", () -> Indexing.set("abc", 0L, "x"));
        assertError("Invalid index assignment", () -> Indexing.set(new RuffDict(), 1.5, "x"));
    }

    @Test
    void dictAssignmentStringifiesIntKeys() {
        Object d = Indexing.set(new RuffDict(), 2L, "x");
        assertEquals("{\"2\": x}", Display.display(d));
    }

    @Test
    void structFieldReadAndErrors() {
        StructInstance p = new StructInstance("P", null);
        p.setInPlace("x", 1L);
        assertEquals(1L, Fields.get(p, "x"));
        assertError("Field not found: y", () -> Fields.get(p, "y"));
        assertError("Cannot access field or method 'to_upper' on non-struct value", () -> Fields.get("s", "to_upper"));
        assertEquals(RuffNull.NULL, Fields.get(new RuffDict(), "keys"));
        assertEquals(RuffNull.NULL, Fields.getOptional(RuffNull.NULL, "x"));
        assertError("Cannot access field or method 'x' on non-struct value", () -> Fields.getOptional(OptionValue.NONE, "x"));
    }

    @Test
    void fieldWriteFollowsCopyOnWrite() {
        StructInstance p = new StructInstance("P", null);
        p.setInPlace("x", 1L);
        Values.retain(p);
        Values.retain(p);
        Object q = Fields.set(p, "x", 2L);
        assertEquals("P { x: 1 }", Display.display(p));
        assertEquals("P { x: 2 }", Display.display(q));
        assertError("Cannot set field on non-struct value", () -> Fields.set(new RuffDict(), "x", 1L));
    }

    @Test
    void dictLiteralKeysAreStringsOrInts() {
        assertEquals("k", Indexing.dictKey("k"));
        assertEquals("-3", Indexing.dictKey(-3L));
        assertError("Dict keys must be strings", () -> Indexing.dictKey(true));
    }
}
