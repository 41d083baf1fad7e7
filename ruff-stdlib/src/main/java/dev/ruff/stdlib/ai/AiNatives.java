package dev.ruff.stdlib.ai;

import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bodies of the {@code ai_*} natives: build the OpenAI-style payload, POST it, shape the Result. */
final class AiNatives {
    private static final long MAX_BODY = 8L * 1024 * 1024;
    private static final int ERROR_EXCERPT = 240;

    private AiNatives() {
    }

    /** A provider reply that was read completely and parsed (when it was JSON). */
    private record Reply(int status, String text, Object json, RuffDict headers) {
    }

    /** Why the exchange failed: becomes the {@code Err} message. */
    private static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    static Object chat(NativeCall call, AiDefaults defaults) {
        RuffArray messages = AiRequest.messages(call);
        AiRequest req = AiRequest.of(call, defaults);
        try {
            Reply r = post(call.name(), req, payload(req, "messages", messages, false));
            RuffDict message = firstMessage(r.json());
            RuffDict out = base(r, req);
            out.putInPlace("message", message == null ? RuffNull.NULL : message);
            out.putInPlace("text", message != null && message.get("content") instanceof String s ? s : "");
            out.putInPlace("json", r.json());
            out.putInPlace("headers", r.headers());
            return ResultValue.ok(out);
        } catch (Failure f) {
            return ResultValue.err(f.getMessage());
        }
    }

    static Object streamChat(NativeCall call, AiDefaults defaults) {
        RuffArray messages = AiRequest.messages(call);
        AiRequest req = AiRequest.of(call, defaults);
        try {
            Reply r = post(call.name(), req, payload(req, "messages", messages, true));
            List<Object> chunks = new ArrayList<>();
            for (String line : r.text().split("\r?\n")) {
                String l = line.trim();
                if (!l.startsWith("data:")) {
                    continue;
                }
                String data = l.substring(5).trim();
                if (data.isEmpty() || data.equals("[DONE]")) {
                    continue;
                }
                try {
                    String piece = chunkText(JsonCodec.read(data));
                    if (piece != null) {
                        chunks.add(piece);
                    }
                } catch (JsonCodec.Failure notJson) {
                    chunks.add(data);
                }
            }
            if (chunks.isEmpty()) {
                // not an event stream: a provider that ignored stream:true answered with one JSON body
                String whole = r.json() instanceof RuffDict ? chunkText(r.json()) : null;
                chunks.add(whole != null ? whole : r.text());
            }
            RuffDict out = base(r, req);
            out.putInPlace("chunks", RuffArray.ofList(chunks));
            out.putInPlace("text", String.join("", chunks.stream().map(String::valueOf).toList()));
            out.putInPlace("headers", r.headers());
            return ResultValue.ok(out);
        } catch (Failure f) {
            return ResultValue.err(f.getMessage());
        }
    }

    static Object embedding(NativeCall call, AiDefaults defaults) {
        Object input = call.arg(0);
        boolean ok = input instanceof String;
        if (input instanceof RuffArray arr && !arr.isEmpty()) {
            ok = true;
            for (Object o : arr) {
                ok &= o instanceof String;
            }
        }
        if (!ok) {
            throw call.error("ai_embedding input must be a string or a non-empty array of strings");
        }
        AiRequest req = AiRequest.of(call, defaults);
        try {
            Reply r = post(call.name(), req, payload(req, "input", input, false));
            Object vector = null;
            if (r.json() instanceof RuffDict d && d.get("data") instanceof RuffArray data && !data.isEmpty()
                    && data.get(0) instanceof RuffDict first && first.get("embedding") instanceof RuffArray v) {
                vector = v;
            }
            if (vector == null) {
                return ResultValue.err("ai_embedding response is missing data[0].embedding");
            }
            RuffDict out = base(r, req);
            out.putInPlace("vector", vector);
            out.putInPlace("text", r.text());
            out.putInPlace("json", r.json());
            out.putInPlace("headers", r.headers());
            return ResultValue.ok(out);
        } catch (Failure f) {
            return ResultValue.err(f.getMessage());
        }
    }

    static Object toolLoop(NativeCall call, AiDefaults defaults) {
        RuffArray messages = AiRequest.messages(call);
        AiRequest req = AiRequest.of(call, defaults);
        RuffDict options = (RuffDict) call.arg(1);
        long maxSteps = 4;
        Object ms = options.get("max_steps");
        if (ms != null) {
            if (!(ms instanceof Long l) || l < 1 || l > 16) {
                throw call.error("ai_tool_loop max_steps must be an integer from 1 to 16");
            }
            maxSteps = l;
        }
        RuffDict toolResults = new RuffDict();
        Object tr = options.get("tool_results");
        if (tr != null) {
            if (!(tr instanceof RuffDict d)) {
                throw call.error("ai_tool_loop tool_results must be a dict of strings");
            }
            toolResults = d;
        }
        List<Object> history = new ArrayList<>(messages.asList());
        try {
            for (long step = 1; step <= maxSteps; step++) {
                Reply r = post(call.name(), req, payload(req, "messages", RuffArray.ofList(history), false));
                RuffDict message = firstMessage(r.json());
                if (message == null) {
                    return ResultValue.err("ai_tool_loop response has no choices[0].message");
                }
                history.add(message);
                if (!(message.get("tool_calls") instanceof RuffArray calls) || calls.isEmpty()) {
                    RuffDict out = base(r, req);
                    out.putInPlace("steps", step);
                    out.putInPlace("message", message);
                    out.putInPlace("text", message.get("content") instanceof String s ? s : "");
                    out.putInPlace("json", r.json());
                    out.putInPlace("messages", RuffArray.ofList(history));
                    return ResultValue.ok(out);
                }
                for (Object c : calls) {
                    String name = c instanceof RuffDict cd && cd.get("function") instanceof RuffDict fn
                            && fn.get("name") instanceof String n ? n : null;
                    String id = c instanceof RuffDict cd && cd.get("id") instanceof String i ? i : "";
                    if (name == null) {
                        return ResultValue.err("ai_tool_loop received a tool call without a function name");
                    }
                    if (!(toolResults.get(name) instanceof String result)) {
                        return ResultValue.err("ai_tool_loop has no string in tool_results for tool '" + name + "'");
                    }
                    RuffDict answer = new RuffDict();
                    answer.putInPlace("role", "tool");
                    answer.putInPlace("tool_call_id", id);
                    answer.putInPlace("name", name);
                    answer.putInPlace("content", result);
                    history.add(answer);
                }
            }
            return ResultValue.err("ai_tool_loop reached max_steps (" + maxSteps + ") without a final answer");
        } catch (Failure f) {
            return ResultValue.err(f.getMessage());
        }
    }

    private static RuffDict payload(AiRequest req, String key, Object value, boolean stream) {
        RuffDict body = new RuffDict();
        body.putInPlace("model", req.model());
        body.putInPlace(key, value);
        if (stream) {
            body.putInPlace("stream", true);
        }
        for (Map.Entry<String, Object> e : req.extraBody().entries()) {
            body.putInPlace(e.getKey(), e.getValue());
        }
        return body;
    }

    private static RuffDict base(Reply r, AiRequest req) {
        RuffDict out = new RuffDict();
        out.putInPlace("status", (long) r.status());
        out.putInPlace("model", r.json() instanceof RuffDict d && d.get("model") instanceof String m ? m : req.model());
        return out;
    }

    private static RuffDict firstMessage(Object json) {
        if (json instanceof RuffDict d && d.get("choices") instanceof RuffArray choices && !choices.isEmpty()
                && choices.get(0) instanceof RuffDict first && first.get("message") instanceof RuffDict m) {
            return m;
        }
        return null;
    }

    /** The text of one stream event: {@code choices[0].delta.content}, else {@code choices[0].message.content}. */
    private static String chunkText(Object event) {
        if (event instanceof RuffDict d && d.get("choices") instanceof RuffArray choices && !choices.isEmpty()
                && choices.get(0) instanceof RuffDict first) {
            for (String k : new String[] {"delta", "message"}) {
                if (first.get(k) instanceof RuffDict part && part.get("content") instanceof String s) {
                    return s;
                }
            }
        }
        return null;
    }

    private static Reply post(String surface, AiRequest req, RuffDict body) throws Failure {
        String json;
        try {
            json = JsonCodec.write(body);
        } catch (JsonCodec.Failure e) {
            throw new Failure(surface + " could not encode the request: " + e.getMessage());
        }
        HttpRequest.Builder b;
        try {
            URI uri = URI.create(req.endpoint());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Failure(surface + " endpoint must be an http or https URL");
            }
            b = HttpRequest.newBuilder(uri).timeout(req.timeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (req.apiKey() != null && !req.apiKey().isEmpty()) {
                b.header("Authorization", "Bearer " + req.apiKey());
            }
            req.headers().forEach(b::setHeader);
        } catch (IllegalArgumentException e) {
            throw new Failure(surface + " request is invalid: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        byte[] content;
        try {
            response = Client.INSTANCE.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                content = in.readNBytes((int) MAX_BODY + 1);
            }
        } catch (HttpTimeoutException e) {
            throw new Failure(surface + " request failed: operation timed out after " + req.timeout().toMillis() + "ms");
        } catch (IOException e) {
            throw new Failure(surface + " request failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(surface + " request was interrupted");
        }
        if (content.length > MAX_BODY) {
            throw new Failure(surface + " failed: response body exceeds maximum network body size (" + MAX_BODY + " bytes)");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new Failure(surface + " failed with HTTP status " + status + ": "
                    + (text.length() > ERROR_EXCERPT ? text.substring(0, ERROR_EXCERPT) : text));
        }
        RuffDict headers = new RuffDict();
        response.headers().map().forEach((k, v) -> headers.putInPlace(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        Object parsed;
        try {
            parsed = JsonCodec.read(text);
        } catch (JsonCodec.Failure e) {
            parsed = RuffNull.NULL;
        }
        return new Reply(status, text, parsed, headers);
    }

    /** The first message along the cause chain (java.net.http often wraps a bare ConnectException). */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isEmpty()) {
                return t.getMessage();
            }
        }
        return e instanceof java.net.ConnectException ? "Connection refused" : dev.ruff.runtime.JavaFailures.describe(e);
    }

    /** One client for every call, built on first use. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .build();
    }
}
