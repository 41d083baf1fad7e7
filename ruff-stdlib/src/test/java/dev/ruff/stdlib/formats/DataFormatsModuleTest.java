package dev.ruff.stdlib.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFormatsModuleTest {
    private final Natives n = new Natives(new DataFormatsModule());

    @Test
    void parseToml() {
        RuffDict d = (RuffDict) n.call("parse_toml", """
                title = "Ruff"
                count = 3
                ratio = 0.5
                on = true
                when = 1979-05-27T07:32:00Z
                [owner]
                name = "Tom"
                tags = ["a", "b"]
                """);
        assertEquals("Ruff", d.get("title"));
        assertEquals(3L, d.get("count"));
        assertEquals(0.5, d.get("ratio"));
        assertEquals(true, d.get("on"));
        assertTrue(d.get("when") instanceof String);
        assertEquals("{\"name\": Tom, \"tags\": [a, b]}", Display.display(d.get("owner")));
        assertTrue(n.error("parse_toml", "x = ").startsWith("TOML parse error: "));
        assertEquals("parse_toml requires a string argument", n.error("parse_toml", 1L));
    }

    @Test
    void tomlRoundTrip() {
        RuffDict d = Natives.dict("name", "x", "n", 2L, "nothing", RuffNull.NULL, "sub", Natives.dict("k", 1.5));
        String toml = (String) n.call("to_toml", d);
        RuffDict back = (RuffDict) n.call("parse_toml", toml);
        assertEquals("x", back.get("name"));
        assertEquals(2L, back.get("n"));
        assertEquals("", back.get("nothing"));
        assertEquals(1.5, ((RuffDict) back.get("sub")).get("k"));
        assertEquals("TOML serialization error: top-level value must be a table", n.error("to_toml", Natives.arr(1L)));
        assertEquals("Cannot convert NativeFunction(to_toml) to TOML",
                n.error("to_toml", Natives.dict("f", n.function("to_toml"))));
    }

    @Test
    void yaml() {
        Object v = n.call("parse_yaml", "name: Ruff\nitems:\n  - 1\n  - 2.5\n  - yes-text\nflag: true\nnone: null\n");
        assertEquals("{\"flag\": true, \"items\": [1, 2.5, yes-text], \"name\": Ruff, \"none\": null}", Display.display(v));
        assertSame(RuffNull.NULL, n.call("parse_yaml", ""));
        assertEquals("b: 2\na: 1\n".lines().sorted().toList(),
                ((String) n.call("to_yaml", Natives.dict("b", 2L, "a", 1L))).lines().sorted().toList());
        assertEquals("a: 1\nb: 2\n", n.call("to_yaml", Natives.dict("b", 2L, "a", 1L)));
        assertTrue(n.error("parse_yaml", "a: [1, 2").startsWith("YAML parse error: "));
        assertEquals("Cannot convert NativeFunction(to_yaml) to YAML", n.error("to_yaml", n.function("to_yaml")));
    }

    @Test
    void csv() {
        RuffArray rows = (RuffArray) n.call("parse_csv", "name,age,score\nalice,30,1.5\nbob,x,\n");
        assertEquals(2, rows.size());
        RuffDict first = (RuffDict) rows.get(0);
        assertEquals("alice", first.get("name"));
        assertEquals(30L, first.get("age"));
        assertEquals(1.5, first.get("score"));
        assertEquals("", ((RuffDict) rows.get(1)).get("score"));
        assertTrue(n.error("parse_csv", "a,b\n1\n").startsWith("CSV parse error: "));
        assertEquals("parse_csv requires a string argument", n.error("parse_csv", 1L));
        String text = (String) n.call("to_csv", Natives.arr(
                Natives.dict("name", "a,b", "n", 1L, "f", 2.0),
                Natives.dict("name", "q\"t", "n", RuffNull.NULL)));
        assertEquals("f,n,name\n2,1,\"a,b\"\n,,\"q\"\"t\"\n", text);
        assertEquals("CSV requires non-empty array", n.error("to_csv", Natives.arr()));
        assertEquals("CSV requires array of dictionaries", n.error("to_csv", Natives.arr(1L)));
        assertEquals(List.of(), Natives.items(n.call("parse_csv", "")));
    }
}
