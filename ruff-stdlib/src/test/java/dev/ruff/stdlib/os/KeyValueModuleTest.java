package dev.ruff.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueModuleTest {
    private final Natives n = new Natives(new KeyValueModule(), new EnvModule(), new PathModule());

    @TempDir
    Path dir;

    @Test
    void storesStringsInTheWorkingDirectory() throws IOException {
        n.call("os_chdir", dir.toString());
        assertSame(RuffNull.NULL, n.call("kv_get", "missing"));
        assertEquals(true, n.call("kv_set", "name", "ruff"));
        assertEquals(true, n.call("kv_set", "lang", "java"));
        assertEquals("ruff", n.call("kv_get", "name"));
        assertTrue(Files.readString(dir.resolve(".ruff_kv.json")).contains("\"lang\""));
    }

    @Test
    void honoursRuffKvPath() throws IOException {
        Path store = dir.resolve("store.json");
        n.call("env_set", "RUFF_KV_PATH", store.toString());
        n.call("kv_set", "k", "v");
        assertEquals("v", n.call("kv_get", "k"));
        Files.writeString(store, "not json");
        assertTrue(n.error("kv_get", "k").startsWith("Failed to parse kv store '" + store + "': "));
        assertEquals("kv_set requires (key_string, value_string) arguments", n.error("kv_set", "k", 1L));
        assertEquals("kv_get expects 1 arguments, got 0", n.error("kv_get"));
    }
}
