package dev.ruff.stdlib.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a script binds comes back unchanged: parameters are bound, never spliced into the SQL, so
 * quotes, semicolons, NUL and any other text, and every int and finite float, round-trip exactly.
 */
class BoundParametersPropertiesTest {
    private static Natives natives;
    private static Object db;

    @BeforeContainer
    static void open() {
        natives = new Natives(new DatabaseModule());
        db = natives.call("db_connect", "sqlite", ":memory:");
        natives.call("db_execute", db, "CREATE TABLE v (s TEXT, i INTEGER, f REAL)");
    }

    @AfterContainer
    static void close() {
        natives.call("db_close", db);
    }

    @Property(tries = 300)
    void textIntAndFloatRoundTrip(@ForAll String s, @ForAll long i, @ForAll double f) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            // SQLite stores NaN as NULL and has no infinities in REAL columns
            return;
        }
        natives.call("db_execute", db, "DELETE FROM v");
        assertEquals(1L, natives.call("db_execute", db, "INSERT INTO v (s, i, f) VALUES (?, ?, ?)",
                RuffArray.of(s, i, f)));
        RuffArray rows = (RuffArray) natives.call("db_query", db, "SELECT s, i, f FROM v WHERE s = ?", RuffArray.of(s));
        assertEquals(1, rows.size());
        RuffDict row = (RuffDict) rows.get(0);
        assertEquals(s, row.get("s"));
        assertEquals(i, row.get("i"));
        assertEquals(f, ((Number) row.get("f")).doubleValue(), 0.0);
    }
}
