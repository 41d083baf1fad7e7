package dev.ruff.stdlib.os;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.AtomicFileWriter;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The bodies of {@code kv_set}/{@code kv_get}: the store is a JSON object file read and rewritten per call. */
final class KeyValueStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KeyValueStore() {
    }

    private static Path store(NativeCall call) {
        String configured = EnvironmentOverlay.of(call.context()).get("RUFF_KV_PATH");
        return WorkingDirectory.resolve(call, configured == null || configured.isEmpty() ? ".ruff_kv.json" : configured);
    }

    private static ObjectNode load(NativeCall call, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return JSON.createObjectNode();
        } catch (IOException e) {
            throw call.error("Failed to read kv store '" + file + "': " + OsErrorText.of(e));
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                return JSON.createObjectNode();
            }
            if (!node.isObject()) {
                throw call.error("Failed to parse kv store '" + file + "': expected a JSON object");
            }
            return (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw call.error("Failed to parse kv store '" + file + "': " + e.getOriginalMessage());
        } catch (IOException e) {
            throw call.error("Failed to parse kv store '" + file + "': " + e.getMessage());
        }
    }

    static Object set(NativeCall call) {
        String key = Arg.string(call, 0);
        String value = Arg.string(call, 1);
        if (key == null || value == null) {
            throw call.error("kv_set requires (key_string, value_string) arguments");
        }
        Path file = store(call);
        synchronized (KeyValueStore.class) {
            ObjectNode data = load(call, file);
            data.put(key, value);
            try {
                AtomicFileWriter.write(file, JSON.writeValueAsBytes(data), true);
            } catch (IOException e) {
                throw call.error("Failed to write kv store '" + file + "': " + OsErrorText.of(e));
            }
        }
        return true;
    }

    static Object get(NativeCall call) {
        String key = Arg.string(call, 0);
        if (key == null) {
            throw call.error("kv_get requires a key string");
        }
        JsonNode v = load(call, store(call)).get(key);
        return v == null || !v.isTextual() ? RuffNull.NULL : v.textValue();
    }
}
