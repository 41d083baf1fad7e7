package dev.ruff.stdlib.os;

import dev.ruff.spi.NativeContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The environment one engine sees. Java cannot change its process environment, so {@code env_set}
 * writes here; readers (and spawned processes) see these values over the inherited environment.
 */
public final class EnvironmentOverlay {
    private final Map<String, String> overrides = new ConcurrentHashMap<>();

    /** The overlay of the engine that owns {@code context}. */
    public static EnvironmentOverlay of(NativeContext context) {
        return context.state(EnvironmentOverlay.class, EnvironmentOverlay::new);
    }

    /** The variable's value, or {@code null} when unset. */
    public String get(String name) {
        String v = overrides.get(name);
        return v != null ? v : System.getenv(name);
    }

    public void set(String name, String value) {
        overrides.put(name, value);
    }

    /** Every variable, sorted by name, with this engine's changes applied. */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>(System.getenv());
        all.putAll(overrides);
        return all;
    }
}
