package dev.ruff.stdlib.process;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The options dict shared by the process natives, validated with upstream's wording for unknown keys. */
record ProcessOptions(long timeoutMs, int maxOutputBytes, boolean inheritEnv, Set<String> envAllow,
                      Set<String> envDeny, Map<String, String> env) {
    static final long DEFAULT_TIMEOUT_MS = 30_000;
    static final int DEFAULT_MAX_OUTPUT = 1024 * 1024;
    static final int LIMIT_MAX_OUTPUT = 16 * 1024 * 1024;

    static ProcessOptions defaults() {
        return new ProcessOptions(DEFAULT_TIMEOUT_MS, DEFAULT_MAX_OUTPUT, true, null, Set.of(), Map.of());
    }

    /** Options from argument {@code index} when present (it must be a dict). */
    static ProcessOptions from(NativeCall call, int index) {
        if (call.count() <= index) {
            return defaults();
        }
        if (!(call.arg(index) instanceof RuffDict d)) {
            throw call.error(call.name() + " options must be a dict");
        }
        long timeout = DEFAULT_TIMEOUT_MS;
        int maxOutput = DEFAULT_MAX_OUTPUT;
        boolean inherit = true;
        Set<String> allow = null;
        Set<String> deny = Set.of();
        Map<String, String> env = Map.of();
        for (Map.Entry<String, Object> e : d.entries()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "timeout_ms" -> timeout = positive(call, "timeout_ms", v, Long.MAX_VALUE);
                case "max_output_bytes" -> maxOutput = (int) positive(call, "max_output_bytes", v, LIMIT_MAX_OUTPUT);
                case "inherit_env" -> {
                    if (!(v instanceof Boolean b)) {
                        throw call.error("process option 'inherit_env' must be a bool");
                    }
                    inherit = b;
                }
                case "env_allow" -> allow = names(call, "env_allow", v);
                case "env_deny" -> deny = names(call, "env_deny", v);
                case "env" -> env = variables(call, v);
                default -> throw call.error("unsupported process option '" + e.getKey()
                        + "'; supported options are timeout_ms, max_output_bytes, inherit_env, env_allow, env_deny, env");
            }
        }
        return new ProcessOptions(timeout, maxOutput, inherit, allow, deny, env);
    }

    private static long positive(NativeCall call, String key, Object v, long max) {
        if (!(v instanceof Long l) || l <= 0 || l > max) {
            throw call.error("process option '" + key + "' must be a positive integer"
                    + (max < Long.MAX_VALUE ? " no larger than " + max : ""));
        }
        return l;
    }

    private static Set<String> names(NativeCall call, String key, Object v) {
        if (!(v instanceof RuffArray a)) {
            throw call.error("process option '" + key + "' must be an array of strings");
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object o : a) {
            if (!(o instanceof String s)) {
                throw call.error("process option '" + key + "' must be an array of strings");
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, String> variables(NativeCall call, Object v) {
        if (!(v instanceof RuffDict d)) {
            throw call.error("process option 'env' must be a dict of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : d.entries()) {
            if (!(e.getValue() instanceof String s)) {
                throw call.error("process option 'env' must be a dict of strings");
            }
            out.put(e.getKey(), s);
        }
        return out;
    }

    /** Applies the environment policy to a child's environment, starting from {@code inherited}. */
    void applyTo(Map<String, String> childEnv, Map<String, String> inherited) {
        childEnv.clear();
        if (inheritEnv) {
            inherited.forEach((k, val) -> {
                if ((envAllow == null || envAllow.contains(k)) && !envDeny.contains(k)) {
                    childEnv.put(k, val);
                }
            });
        }
        childEnv.putAll(env);
    }
}
