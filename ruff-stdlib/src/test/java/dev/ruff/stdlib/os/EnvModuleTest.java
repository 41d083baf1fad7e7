package dev.ruff.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mirrors the golden env_and_args case and the error texts of STDLIB.md. */
class EnvModuleTest {
    private final Natives n = new Natives(new EnvModule());

    @Test
    void setThenRead() {
        assertSame(RuffNull.NULL, n.call("env_set", "TEST_VAR", "hello"));
        assertEquals("hello", n.call("env", "TEST_VAR"));
        assertEquals("", n.call("env", "RUFF_SURELY_NOT_SET_42"));
        assertEquals("default_value", n.call("env_or", "RUFF_SURELY_NOT_SET_42", "default_value"));
        n.call("env_set", "EXISTS", "world");
        assertEquals("world", n.call("env_or", "EXISTS", "default"));
    }

    @Test
    void overlayIsPerEngine() {
        n.call("env_set", "ONLY_HERE", "1");
        Natives other = new Natives(new EnvModule());
        assertEquals("", other.call("env", "ONLY_HERE"));
    }

    @Test
    void typedReaders() {
        n.call("env_set", "PORT", "8080");
        assertEquals(8080L, n.call("env_int", "PORT"));
        n.call("env_set", "BAD", "not_a_number");
        assertEquals("Environment variable 'BAD' value 'not_a_number' is not a valid integer", n.error("env_int", "BAD"));
        assertEquals("Environment variable 'NOPE_X' not found", n.error("env_int", "NOPE_X"));
        n.call("env_set", "TIMEOUT", "30.5");
        assertEquals(30.5, n.call("env_float", "TIMEOUT"));
        assertEquals("Environment variable 'BAD' value 'not_a_number' is not a valid float", n.error("env_float", "BAD"));
        for (String t : List.of("true", "1", "YES", "On")) {
            n.call("env_set", "B", t);
            assertEquals(true, n.call("env_bool", "B"));
        }
        for (String f : List.of("false", "0", "no", "OFF")) {
            n.call("env_set", "B", f);
            assertEquals(false, n.call("env_bool", "B"));
        }
        n.call("env_set", "B", "maybe");
        assertEquals("Environment variable 'B' value 'maybe' is not a valid bool", n.error("env_bool", "B"));
        assertEquals("Environment variable 'NOPE_X' not found", n.error("env_bool", "NOPE_X"));
    }

    @Test
    void required() {
        n.call("env_set", "API_KEY", "secret123");
        assertEquals("secret123", n.call("env_required", "API_KEY"));
        assertEquals("Required environment variable 'THIS_DOES_NOT_EXIST' is not set",
                n.error("env_required", "THIS_DOES_NOT_EXIST"));
    }

    @Test
    void listing() {
        n.call("env_set", "PORT", "1");
        RuffDict all = (RuffDict) n.call("env_list");
        assertEquals("1", all.get("PORT"));
        assertTrue(((RuffDict) n.call("os_environ")).containsKey("PORT"));
        assertEquals("env_list expects 0 arguments, got 1", n.error("env_list", "x"));
    }

    @Test
    void argumentErrors() {
        assertEquals("env() expects 1 argument (variable name), got 0", n.error("env"));
        assertEquals("env() expects 1 argument (variable name), got 2", n.error("env", "a", "b"));
        assertEquals("env requires a string argument (variable name)", n.error("env", 1L));
        assertEquals("env_or requires two string arguments (variable name, default value)", n.error("env_or", "a"));
        assertEquals("env_or requires two string arguments (variable name, default value)", n.error("env_or", "a", 1L));
        assertEquals("env_int requires a string argument (variable name)", n.error("env_int", 3L));
        assertTrue(n.error("env_set", "A").startsWith("env_set requires"));
    }

    @Test
    void capabilities() {
        n.withContext(new TestContext(EnumSet.of(Capability.ENV_READ), List.of()));
        assertEquals("Capability denied: env-write required for env_set; rerun with --allow-env-write",
                n.error("env_set", "A", "B"));
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: env-read required for env; rerun with --allow-env-read", n.error("env", "A"));
        assertEquals("Capability denied: env-read required for os_environ; rerun with --allow-env-read",
                n.error("os_environ"));
    }
}
