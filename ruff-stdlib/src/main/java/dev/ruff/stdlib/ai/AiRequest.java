package dev.ruff.stdlib.ai;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.os.EnvironmentOverlay;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The validated options of one {@code ai_*} call. */
record AiRequest(String endpoint, String model, String apiKey, Duration timeout, Map<String, String> headers,
                 RuffDict extraBody) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> RESERVED = Set.of("model", "messages", "input", "stream");

    static AiRequest of(NativeCall call, AiDefaults defaults) {
        if (!(call.arg(1) instanceof RuffDict options)) {
            throw call.error(call.name() + " options must be a dict with endpoint and model");
        }
        String endpoint = text(options, "endpoint");
        String apiKey = text(options, "api_key");
        if (endpoint == null) {
            endpoint = defaults.endpoint();
        }
        if (apiKey == null) {
            apiKey = defaults.apiKey();
        }
        if ((endpoint == null || apiKey == null) && call.context().isGranted(Capability.ENV_READ)) {
            EnvironmentOverlay env = EnvironmentOverlay.of(call.context());
            endpoint = endpoint != null ? endpoint : blankToNull(env.get("RUFF_AI_ENDPOINT"));
            apiKey = apiKey != null ? apiKey : blankToNull(env.get("RUFF_AI_API_KEY"));
        }
        if (endpoint == null || endpoint.isEmpty()) {
            throw call.error(call.name() + " requires options.endpoint (a non-empty string)");
        }
        String model = text(options, "model");
        if (model == null || model.isEmpty()) {
            throw call.error(call.name() + " requires options.model (a non-empty string)");
        }
        Duration timeout = DEFAULT_TIMEOUT;
        Object t = options.get("timeout");
        if (t instanceof Long l && l > 0) {
            timeout = Duration.ofSeconds(l);
        } else if (t instanceof Double d && d > 0 && !d.isInfinite()) {
            timeout = Duration.ofMillis((long) (d * 1000));
        } else if (t != null) {
            throw call.error(call.name() + " options.timeout must be a positive number of seconds");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Object h = options.get("headers");
        if (h != null) {
            if (!(h instanceof RuffDict hd)) {
                throw call.error(call.name() + " options.headers must be a dict of strings");
            }
            for (Map.Entry<String, Object> e : hd.entries()) {
                if (!(e.getValue() instanceof String v)) {
                    throw call.error(call.name() + " options.headers values must be strings");
                }
                headers.put(e.getKey(), v);
            }
        }
        RuffDict extra = new RuffDict();
        Object b = options.get("body");
        if (b != null) {
            if (!(b instanceof RuffDict bd)) {
                throw call.error(call.name() + " options.body must be a dict");
            }
            for (String k : bd.keys()) {
                if (RESERVED.contains(k)) {
                    throw call.error(call.name() + " options.body cannot set reserved key '" + k + "'");
                }
            }
            extra = bd;
        }
        return new AiRequest(endpoint, model, apiKey, timeout, headers, extra);
    }

    /** The chat messages of a prompt string or an array of {role, content} dicts. */
    static RuffArray messages(NativeCall call) {
        Object input = call.arg(0);
        if (input instanceof String prompt) {
            RuffDict m = new RuffDict();
            m.putInPlace("role", "user");
            m.putInPlace("content", prompt);
            return RuffArray.of(m);
        }
        if (input instanceof RuffArray arr && !arr.isEmpty()) {
            for (Object o : arr) {
                if (!(o instanceof RuffDict d) || !(d.get("role") instanceof String)
                        || !(d.get("content") instanceof String)) {
                    throw call.error(call.name() + " messages must be dicts with string role and content");
                }
            }
            return arr;
        }
        throw call.error(call.name() + " input must be a prompt string or a non-empty array of {role, content} messages");
    }

    private static String text(RuffDict d, String key) {
        return d.get(key) instanceof String s ? s : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
