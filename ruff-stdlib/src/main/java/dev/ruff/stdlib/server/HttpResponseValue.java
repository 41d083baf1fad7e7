package dev.ruff.stdlib.server;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route handler returns ({@code type()} is {@code httpresponse}): a status, a body and headers.
 * Immutable; {@code set_header} and {@code set_headers} make new responses. Fields {@code status},
 * {@code body} and {@code headers} can be read.
 */
final class HttpResponseValue implements RuffHandle {
    private final int status;
    private final String body;
    private final Map<String, String> headers;

    HttpResponseValue(int status, String body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    HttpResponseValue withHeaders(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        more.forEach((k, v) -> {
            merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(k));
            merged.put(k, v);
        });
        return new HttpResponseValue(status, body, merged);
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "status" -> (long) status;
            case "body" -> body;
            case "headers" -> {
                RuffDict d = new RuffDict();
                headers.forEach(d::putInPlace);
                yield d;
            }
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "httpresponse";
    }

    @Override
    public String debug() {
        return "HttpResponse(" + status + ")";
    }
}
