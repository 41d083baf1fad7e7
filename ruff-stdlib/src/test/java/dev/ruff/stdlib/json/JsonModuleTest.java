package dev.ruff.stdlib.json;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonModuleTest {
    private final Natives n = new Natives(new JsonModule());

    @Test
    void parsesLikeTheGoldenFixtures() {
        Object user = n.call("parse_json", "{\"name\": \"Alice\", \"age\": 30, \"active\": true}");
        assertEquals("{\"active\": true, \"age\": 30, \"name\": Alice}", Display.display(user));
        assertEquals("[1, hello, true, null, 3.14]", Display.display(n.call("parse_json", "[1, \"hello\", true, null, 3.14]")));
        assertEquals(Map.of("m", "Hello ABC"), plain(n.call("parse_json", "{\"m\": \"Hello \\u0041\\u0042\\u0043\"}")));
        assertEquals(999999999L, ((Map<?, ?>) plain(n.call("parse_json", "{\"big\": 999999999}"))).get("big"));
        assertEquals(1.0e19, n.call("parse_json", "10000000000000000000"));
        assertEquals(2.0, n.call("parse_json", "2.0"));
        assertEquals(RuffNull.NULL, n.call("parse_json", " null "));
        assertEquals(Map.of("a", 2L), plain(n.call("parse_json", "{\"a\": 1, \"a\": 2}")));
        assertEquals(list(), plain(n.call("parse_json", "[]")));
    }

    @Test
    void parseErrors() {
        assertTrue(n.error("parse_json", "{bad}").startsWith("JSON parse error: "));
        assertTrue(n.error("parse_json", "[1, 2").startsWith("JSON parse error: "));
        assertTrue(n.error("parse_json", "[1] 2").startsWith("JSON parse error: trailing characters at line 1"));
        assertEquals("JSON parse error: EOF while parsing a value at line 1 column 0", n.error("parse_json", ""));
        // the parser's complaint in upstream's (serde_json's) words, not the Java library's
        assertTrue(n.error("parse_json", "{bad}").startsWith("JSON parse error: key must be a string at line 1"));
        assertTrue(n.error("parse_json", "[1, 2").startsWith("JSON parse error: EOF while parsing a list at line 1"));
        assertTrue(n.error("parse_json", "{\"a\": 1").startsWith("JSON parse error: EOF while parsing an object at line 1"));
        assertTrue(n.error("parse_json", "abc").startsWith("JSON parse error: expected value at line 1"));
        assertTrue(n.error("parse_json", "{\"a\" 1}").startsWith("JSON parse error: expected `:` at line 1"));
        assertTrue(n.error("parse_json", "[1 2]").startsWith("JSON parse error: expected `,` or `]` at line 1"));
        assertTrue(n.error("parse_json", "{\"a\": 1,}").contains(" at line 1 column "));
        assertEquals("parse_json requires a string argument", n.error("parse_json", 1L));
        assertEquals("parse_json requires a string argument", n.error("parse_json"));
        assertEquals("JSON input exceeds maximum nesting depth of 64", n.error("parse_json", "[".repeat(65) + "]".repeat(65)));
        assertEquals(64, depth(n.call("parse_json", "[".repeat(64) + "]".repeat(64))));
        assertEquals("JSON input exceeds maximum input size of 1048576 bytes",
                n.error("parse_json", "\"" + "x".repeat(1_048_576) + "\""));
    }

    private static int depth(Object v) {
        return v instanceof dev.ruff.runtime.RuffArray a ? 1 + (a.isEmpty() ? 0 : depth(a.get(0))) : 0;
    }

    @Test
    void writesCompactWithSortedKeys() {
        assertEquals("{\"age\":25,\"name\":\"Bob\"}", n.call("to_json", dict("name", "Bob", "age", 25L)));
        assertEquals("[1,2.0,0.5,null,true,\"a\\\"b\\n\\u0001é\"]",
                n.call("to_json", arr(1L, 2.0, 0.5, RuffNull.NULL, true, "a\"b\n\u0001é")));
        assertEquals("{\"inner\":{},\"list\":[]}", n.call("to_json", dict("list", arr(), "inner", dict())));
        assertEquals("1e21", n.call("to_json", 1e21));
        assertEquals("1e16", n.call("to_json", 1e16));
        assertEquals("1000000000000000.0", n.call("to_json", 1e15));
        assertEquals("0.00001", n.call("to_json", 1e-5));
        assertEquals("1e-6", n.call("to_json", 1e-6));
        assertEquals("1.5e-7", n.call("to_json", 1.5e-7));
        assertEquals("-0.0", n.call("to_json", -0.0));
        assertEquals("0.30000000000000004", n.call("to_json", 0.1 + 0.2));
        assertEquals("-12.5", n.call("to_json", -12.5));
    }

    @Test
    void writesPretty() {
        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}",
                n.call("to_json_pretty", dict("b", dict(), "a", arr(1L, 2L))));
        assertEquals("[]", n.call("to_json_pretty", arr()));
        assertEquals("\"x\"", n.call("to_json_pretty", "x"));
    }

    @Test
    void writeErrors() {
        assertEquals("Cannot convert non-finite float NaN to JSON", n.error("to_json", Double.NaN));
        assertEquals("Cannot convert non-finite float inf to JSON", n.error("to_json", arr(Double.POSITIVE_INFINITY)));
        assertEquals("Cannot convert Ok(Int(1)) to JSON", n.error("to_json", ResultValue.ok(1L)));
        assertEquals("Cannot convert NativeFunction(to_json) to JSON", n.error("to_json_pretty", n.function("to_json")));
        Object deep = arr();
        for (int i = 0; i < 64; i++) {
            deep = arr(deep);
        }
        assertEquals("JSON value exceeds maximum nesting depth of 64", n.error("to_json", deep));
        assertEquals("to_json requires one argument", n.error("to_json"));
    }
}
