package dev.ruff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeParametersTest {
    @Test
    void parsesRequiredOptionalAndRestParameters() {
        NativeParameters p = NativeParameters.parse(" path,content , overwrite? ");
        assertEquals(List.of("path", "content", "overwrite?"), p.names());
        assertEquals(2, p.required());
        assertEquals(1, p.optional());
        assertFalse(p.variadic());
        assertEquals("path, content, overwrite?", p.toString());
        NativeParameters rest = NativeParameters.parse("template, ...args");
        assertEquals(1, rest.required());
        assertTrue(rest.variadic());
        assertEquals(List.of(), NativeParameters.parse("").names());
    }

    @Test
    void misplacedMarkersAndNonIdentifiersAreRefused() {
        for (String bad : List.of("a?, b", "...xs, y", "a, , b", "a b", "...xs?", "1st", "a-b", "?")) {
            assertThrows(IllegalArgumentException.class, () -> NativeParameters.parse(bad), bad);
        }
    }

    @Test
    void namesFitTheArityTheyDescribe() {
        assertTrue(NativeParameters.parse("path").fits(Arity.exact(1)));
        assertFalse(NativeParameters.parse("path, extra").fits(Arity.exact(1)));
        assertFalse(NativeParameters.parse("path?").fits(Arity.exact(1)));
        assertTrue(NativeParameters.parse("db, sql, params?").fits(Arity.range(2, 3)));
        assertFalse(NativeParameters.parse("db, sql, params").fits(Arity.range(2, 3)));
        assertFalse(NativeParameters.parse("db, sql?, params?").fits(Arity.range(2, 3)));
        assertTrue(NativeParameters.parse("...values").fits(Arity.atLeast(0)));
        assertTrue(NativeParameters.parse("template, ...args").fits(Arity.atLeast(1)));
        assertFalse(NativeParameters.parse("template").fits(Arity.atLeast(1)));
        assertTrue(NativeParameters.parse("anything, goes?").fits(Arity.unchecked()));
    }

    @Test
    void registeringASignatureGivesTheNativeItsNameAndParameters() {
        NativeRegistry registry = new NativeRegistry();
        NativeFunction fn = registry.function("write_file(path, content, overwrite?)", Arity.range(2, 3),
                Capability.FS_WRITE, "Writes.", call -> true);
        assertEquals("write_file", fn.name());
        assertEquals(fn, registry.lookup("write_file"));
        assertEquals("path, content, overwrite?", fn.parameters().orElseThrow().toString());
        NativeFunction none = registry.function("now()", Arity.exact(0), Set.of(Capability.CLOCK), "Now.", call -> 0L);
        assertEquals(List.of(), none.parameters().orElseThrow().names());
        NativeFunction bare = registry.function("tax_rate", Arity.exact(1), Capability.NONE, "Host style.", call -> 0L);
        assertTrue(bare.parameters().isEmpty());
    }

    @Test
    void namesThatContradictTheArityAreRefusedAtRegistration() {
        NativeRegistry registry = new NativeRegistry();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.function(
                "read_file(path, encoding)", Arity.exact(1), Capability.FS_READ, "Reads.", call -> ""));
        assertEquals("read_file(path, encoding) does not fit its arity (1)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> registry.function("broken(path", Arity.exact(1),
                Capability.NONE, "Unclosed.", call -> ""));
        assertTrue(registry.lookup("read_file") == null && registry.lookup("broken") == null);
    }
}
