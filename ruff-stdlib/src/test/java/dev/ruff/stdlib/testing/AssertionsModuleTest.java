package dev.ruff.stdlib.testing;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.stdlib.Natives;
import org.junit.jupiter.api.Test;

class AssertionsModuleTest {
    private final Natives n = new Natives(new AssertionsModule());

    @Test
    void goldenMessages() {
        // upstream test_assertions.out
        assertEquals(true, n.call("assert_equal", 5L, 5L));
        assertEquals("Assertion failed: expected Int(10), got Int(5)", n.error("assert_equal", 5L, 10L));
        assertEquals(true, n.call("assert_true", true));
        assertEquals("Assertion failed: expected true, got false", n.error("assert_true", false));
        assertEquals(true, n.call("assert_false", false));
        assertEquals("Assertion failed: expected false, got true", n.error("assert_false", true));
        assertEquals(true, n.call("assert_contains", arr(1L, 2L, 3L, 4L, 5L), 3L));
        assertEquals("Assertion failed: Array[5] does not contain Int(10)",
                n.error("assert_contains", arr(1L, 2L, 3L, 4L, 5L), 10L));
    }

    @Test
    void deepEquality() {
        assertEquals(true, n.call("assert_equal", 1L, 1.0));
        assertEquals(true, n.call("assert_equal", arr(1L, dict("a", arr())), arr(1.0, dict("a", arr()))));
        assertEquals("Assertion failed: expected Str(\"b\"), got Str(\"a\")", n.error("assert_equal", "a", "b"));
        assertEquals("assert_equal requires 2 arguments: actual, expected", n.error("assert_equal", 1L));
        assertEquals(true, n.call("assert_contains", arr(arr(1L)), arr(1.0)));
    }

    @Test
    void assertWithMessage() {
        assertEquals(true, n.call("assert", 1L));
        assertEquals("Assertion failed", n.error("assert", 0L));
        assertEquals("custom", n.error("assert", "", "custom"));
        assertEquals("Assertion failed", n.error("assert", false, 42L));
        assertEquals("assert requires at least 1 argument: condition", n.error("assert"));
        assertEquals("assert() expects at most 2 arguments: condition, [message]", n.error("assert", true, "a", "b"));
    }

    @Test
    void typeErrors() {
        assertEquals("assert_true requires a boolean argument", n.error("assert_true", 1L));
        assertEquals("assert_false requires a boolean argument", n.error("assert_false"));
        assertEquals(true, n.call("assert_contains", "hello", "ell"));
        assertEquals(true, n.call("assert_contains", dict("k", 1L), "k"));
        assertEquals("Assertion failed: Dict{1 keys} does not contain Str(\"z\")", n.error("assert_contains", dict("k", 1L), "z"));
        assertEquals("Assertion failed: Str(\"abc\") does not contain Str(\"z\")", n.error("assert_contains", "abc", "z"));
        assertEquals("assert_contains requires an array, string, or dict as first argument", n.error("assert_contains", 1L, 1L));
    }
}
