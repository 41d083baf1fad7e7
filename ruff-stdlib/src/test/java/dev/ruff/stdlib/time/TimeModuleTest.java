package dev.ruff.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import org.junit.jupiter.api.Test;

class TimeModuleTest {
    private final Natives n = new Natives(new TimeModule());

    @Test
    void wallClocks() {
        double now = (Double) n.call("now");
        assertEquals(Math.floor(now), now);
        long unix = (Long) n.call("now_unix");
        assertTrue(Math.abs(unix - now) <= 1);
        assertEquals(n.function("now_unix"), n.function("now_utc_seconds"));
        long ms = (Long) n.call("current_timestamp");
        assertTrue(Math.abs(ms / 1000 - unix) <= 1);
        assertTrue((Long) n.call("time") >= ms);
        assertTrue(((String) n.call("now_utc")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals("now() expects 0 arguments, got 1", n.error("now", 1L));
        assertEquals("now_utc() expects 0 arguments, got 2", n.error("now_utc", 1L, 2L));
    }

    @Test
    void monotonicClocks() {
        double a = (Double) n.call("performance_now");
        double b = (Double) n.call("performance_now");
        assertTrue(b >= a && a >= 0);
        assertTrue((Double) n.call("time_us") >= 0);
        assertTrue((Double) n.call("time_ns") >= 0);
        assertEquals("time_ns() expects 0 arguments, got 1", n.error("time_ns", "x"));
    }

    @Test
    void formatDuration() {
        assertEquals("1.23s", n.call("format_duration", 1234L));
        assertEquals("456.78ms", n.call("format_duration", 456.78));
        assertEquals("123.45μs", n.call("format_duration", 0.12345));
        assertEquals("789ns", n.call("format_duration", 0.000789));
        assertEquals("1.00ms", n.call("format_duration", 1L));
        assertEquals("format_duration requires a number argument", n.error("format_duration", "x"));
        assertEquals("format_duration requires a number argument", n.error("format_duration"));
    }

    @Test
    void elapsed() {
        assertEquals(2.5, n.call("elapsed", 1L, 3.5));
        assertEquals("elapsed() expects 2 arguments (start, end), got 1", n.error("elapsed", 1L));
        assertTrue(n.error("elapsed", "a", 1L).startsWith("elapsed() requires"));
    }

    @Test
    void formatDate() {
        assertEquals("2024-03-05 07:08:09", n.call("format_date", 1709622489L, "YYYY-MM-DD HH:mm:ss"));
        assertEquals("1970/01/01", n.call("format_date", 0.9, "YYYY/MM/DD"));
        assertEquals("Invalid timestamp: value must be a finite number",
                n.call("format_date", Double.NaN, "YYYY"));
        assertEquals("Invalid timestamp: value is out of supported range",
                n.call("format_date", 1e300, "YYYY"));
        assertTrue(n.error("format_date", "x", "YYYY").startsWith("format_date requires"));
    }

    @Test
    void parseDate() {
        assertEquals(1709596800.0, n.call("parse_date", "2024-03-05", "YYYY-MM-DD"));
        assertEquals("parse_date failed: unsupported format 'DD/MM' (expected 'YYYY-MM-DD')",
                n.error("parse_date", "05/03", "DD/MM"));
        assertEquals("parse_date failed: '2024-3-05' does not match format 'YYYY-MM-DD' "
                + "(input contains invalid characters)", n.error("parse_date", "2024-3-05", "YYYY-MM-DD"));
        assertEquals("parse_date failed: '2024-02-30' does not match format 'YYYY-MM-DD' (input is out of range)",
                n.error("parse_date", "2024-02-30", "YYYY-MM-DD"));
        assertEquals("parse_date failed: '2024-02' does not match format 'YYYY-MM-DD' (premature end of input)",
                n.error("parse_date", "2024-02", "YYYY-MM-DD"));
    }

    @Test
    void sleep() {
        long before = System.nanoTime();
        assertEquals(0L, n.call("sleep", 20L));
        assertTrue(System.nanoTime() - before >= 19_000_000);
        assertEquals("sleep() expects 1 argument", n.error("sleep"));
        assertEquals("sleep() requires a number argument", n.error("sleep", "1"));
        assertEquals("sleep() requires non-negative milliseconds", n.error("sleep", -1L));
    }

    @Test
    void clockCapabilityIsEnforced() {
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: clock required for now; rerun with --allow-clock", n.error("now"));
        assertEquals("Capability denied: clock required for current_timestamp; rerun with --allow-clock",
                n.error("time"));
    }
}
