package dev.ruff.stdlib.conversion;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.ScriptFunction;
import org.junit.jupiter.api.Test;

class ConversionModuleTest {
    private final Natives n = new Natives(new ConversionModule());

    @Test
    void parsing() {
        assertEquals(42L, n.call("parse_int", " 42 "));
        assertEquals(-7L, n.call("parse_int", "-7"));
        assertEquals("Cannot parse '4.5' as integer", n.error("parse_int", "4.5"));
        assertEquals("Cannot parse '٣' as integer", n.error("parse_int", "٣"));
        assertEquals("Cannot parse '99999999999999999999' as integer", n.error("parse_int", "99999999999999999999"));
        assertEquals("parse_int requires a string argument", n.error("parse_int", 1L));
        assertEquals("parse_int requires a string argument", n.error("parse_int"));
        assertEquals(3.5, n.call("parse_float", "3.5"));
        assertEquals(1e5, n.call("parse_float", "1e5"));
        assertEquals(Double.NEGATIVE_INFINITY, n.call("parse_float", "-inf"));
        assertEquals("Cannot parse '0x1p3' as float", n.error("parse_float", "0x1p3"));
        assertEquals("Cannot parse '1d' as float", n.error("parse_float", "1d"));
        assertEquals("parse_float requires a string argument", n.error("parse_float", 1.0));
    }

    @Test
    void bytesBuildsFromIntsInByteRange() {
        assertEquals(RuffBytes.wrap(new byte[] {0, 104, (byte) 255}), n.call("bytes", arr(0L, 104L, 255L)));
        assertEquals(RuffBytes.wrap(new byte[0]), n.call("bytes", arr()));
        assertEquals("bytes() requires integers in range 0-255, got 256", n.error("bytes", arr(1L, 256L)));
        assertEquals("bytes() requires integers in range 0-255, got -1", n.error("bytes", arr(-1L)));
        assertEquals("bytes() requires an array of integers", n.error("bytes", arr(1L, 2.0)));
        assertEquals("bytes() requires an array argument", n.error("bytes", "ab"));
        assertEquals("bytes() requires an array argument", n.error("bytes"));
    }

    @Test
    void toIntAndToFloat() {
        assertEquals(123L, n.call("to_int", "123"));
        assertEquals(-3L, n.call("to_int", -3.9));
        assertEquals(1L, n.call("to_int", true));
        assertEquals(5L, n.call("to_int", 5L));
        assertEquals("Cannot convert '3.5' to int", n.error("to_int", "3.5"));
        assertEquals("Cannot convert array to int", n.error("to_int", arr()));
        assertEquals("Cannot convert dict to int", n.error("to_int", dict()));
        assertEquals("Cannot convert null to int", n.error("to_int", RuffNull.NULL));
        assertEquals("Cannot convert value to int", n.error("to_int", ScriptFunction.of(a -> 0L)));
        assertEquals("to_int() requires one argument", n.error("to_int"));
        assertEquals(3.14, n.call("to_float", "3.14"));
        assertEquals(2.0, n.call("to_float", 2L));
        assertEquals(0.0, n.call("to_float", false));
        assertEquals("Cannot convert 'x' to float", n.error("to_float", "x"));
        assertEquals("Cannot convert array to float", n.error("to_float", arr()));
        assertEquals("to_float() requires one argument", n.error("to_float", 1L, 2L));
    }

    @Test
    void toBool() {
        assertEquals(true, n.call("to_bool", 1L));
        assertEquals(false, n.call("to_bool", 0.0));
        assertEquals(false, n.call("to_bool", "FALSE"));
        assertEquals(false, n.call("to_bool", "0"));
        assertEquals(false, n.call("to_bool", ""));
        assertEquals(true, n.call("to_bool", "no"));
        assertEquals(false, n.call("to_bool", RuffNull.NULL));
        assertEquals(false, n.call("to_bool", arr()));
        assertEquals(true, n.call("to_bool", dict("a", 1L)));
        assertEquals("to_bool() requires one argument", n.error("to_bool"));
    }

    @Test
    void typeTests() {
        assertEquals(true, n.call("is_int", 1L));
        assertEquals(false, n.call("is_int", 1.0));
        assertEquals(false, n.call("is_int"));
        assertEquals(true, n.call("is_float", 1.0));
        assertEquals(true, n.call("is_string", ""));
        assertEquals(true, n.call("is_bool", false));
        assertEquals(true, n.call("is_array", arr()));
        assertEquals(true, n.call("is_dict", dict()));
        assertEquals(true, n.call("is_null", RuffNull.NULL));
        assertEquals(false, n.call("is_null", 0L));
        assertEquals(true, n.call("is_function", ScriptFunction.of(a -> 0L)));
        assertEquals(true, n.call("is_function", n.function("is_int")));
        assertEquals(false, n.call("is_function", "len"));
        assertEquals("is_int() expects 1 argument", n.error("is_int", 1L, 2L));
        assertEquals("is_dict() expects 1 argument", n.error("is_dict", 1L, 2L));
    }
}
