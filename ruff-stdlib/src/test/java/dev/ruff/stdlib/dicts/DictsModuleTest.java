package dev.ruff.stdlib.dicts;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictsModuleTest {
    private final Natives n = new Natives(new DictsModule());
    private final RuffDict d = dict("b", 2L, "a", 1L);

    @Test
    void listingsAreSortedByKey() {
        assertEquals(list("a", "b"), plain(n.call("keys", d)));
        assertEquals(list(1L, 2L), plain(n.call("values", d)));
        assertEquals(list(list("a", 1L), list("b", 2L)), plain(n.call("items", d)));
        assertEquals(list(), plain(n.call("keys", "x")));
        assertEquals(list(), plain(n.call("values", arr())));
        assertEquals(list(), plain(n.call("items", 1L)));
        assertEquals("keys expects 1 arguments, got 0", n.error("keys"));
    }

    @Test
    void intKeysFindTheEntryOfTheirDecimalText() {
        RuffDict mixed = dict("1", "one", "-2", "minus two", "03", "not three");
        assertEquals("one", n.call("get", mixed, 1L));
        assertEquals("minus two", n.call("get_default", mixed, -2L, "dflt"));
        assertEquals("dflt", n.call("get", mixed, 3L, "dflt"));
        assertEquals(1L, n.call("has_key", mixed, -2L));
        assertEquals(0L, n.call("has_key", mixed, 3L));
        assertEquals(1L, n.call("has_key", mixed, "03"));
    }

    @Test
    void lookups() {
        assertEquals(1L, n.call("has_key", d, "a"));
        assertEquals(0L, n.call("has_key", d, "z"));
        assertEquals(0L, n.call("has_key", "x", "a"));
        assertEquals(1L, n.call("has_key", dict("1", "one"), 1L));
        assertEquals(2L, n.call("get", d, "b"));
        assertEquals(RuffNull.NULL, n.call("get", d, "z"));
        assertEquals("dflt", n.call("get", d, "z", "dflt"));
        assertEquals(RuffNull.NULL, n.call("get", "notadict", "z", "dflt"));
        assertEquals("get expects 2 to 3 arguments, got 1", n.error("get", d));
        assertEquals(1L, n.call("get_default", d, "a", 0L));
        assertEquals(0L, n.call("get_default", d, "q", 0L));
        assertEquals("get_default() requires 3 arguments: dict, key, default_value", n.error("get_default", d, "a"));
        assertEquals("get_default() requires 3 arguments: dict, key, default_value", n.error("get_default", "x", "a", 1L));
    }

    @Test
    void mergeUpdateInvertDict() {
        RuffDict merged = (RuffDict) n.call("merge", d, dict("b", 20L, "c", 3L));
        assertEquals(Map.of("a", 1L, "b", 20L, "c", 3L), plain(merged));
        assertEquals(Map.of("a", 1L, "b", 2L), plain(d));
        assertEquals(Map.of("a", 1L, "b", 2L, "z", 0L), plain(n.call("update", d, dict("z", 0L))));
        assertEquals(Map.of(), plain(n.call("merge", d, "x")));
        assertEquals(Map.of("1", "a", "2.5", "b", "true", "c", "s", "d"),
                plain(n.call("invert", dict("a", 1L, "b", 2.5, "c", true, "d", "s", "e", arr()))));
        assertEquals("invert() requires a dict argument", n.error("invert", arr()));
        assertEquals(Map.of(), plain(n.call("dict")));
        assertEquals("dict expects 0 arguments, got 1", n.error("dict", d));
    }
}
