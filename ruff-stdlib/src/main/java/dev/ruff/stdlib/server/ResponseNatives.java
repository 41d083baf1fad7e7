package dev.ruff.stdlib.server;

import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The response builders: {@code http_response}, {@code json_response}, {@code html_response}, {@code redirect_response}, {@code set_header(s)}. */
final class ResponseNatives {
    private ResponseNatives() {
    }

    static Object http(NativeCall call) {
        if (call.count() != 2 || !(call.arg(0) instanceof Long status) || !(call.arg(1) instanceof String body)) {
            throw call.error("http_response requires status code and body string");
        }
        return new HttpResponseValue(status(call, status), body, Map.of());
    }

    static Object json(NativeCall call) {
        if (call.count() != 2 || !(call.arg(0) instanceof Long status)) {
            throw call.error("json_response requires status code and data");
        }
        String body;
        try {
            body = JsonCodec.write(call.arg(1));
        } catch (JsonCodec.Failure e) {
            throw call.error("json_response failed to serialize data: " + e.getMessage());
        }
        return new HttpResponseValue(status(call, status), body, Map.of("Content-Type", "application/json"));
    }

    static Object html(NativeCall call) {
        if (call.count() != 2 || !(call.arg(0) instanceof Long status) || !(call.arg(1) instanceof String body)) {
            throw call.error("html_response requires status code and HTML string");
        }
        return new HttpResponseValue(status(call, status), body, Map.of("Content-Type", "text/html; charset=utf-8"));
    }

    static Object redirect(NativeCall call) {
        if (call.count() < 1 || call.count() > 2 || !(call.arg(0) instanceof String url)) {
            throw call.error("redirect_response requires a URL string");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", url);
        if (call.count() == 2) {
            if (!(call.arg(1) instanceof RuffDict extra)) {
                throw call.error("redirect_response headers must be a dict");
            }
            headers.putAll(stringEntries(extra));
        }
        return new HttpResponseValue(302, "Redirecting to " + url, headers);
    }

    static Object setHeader(NativeCall call) {
        if (call.count() < 1 || !(call.arg(0) instanceof HttpResponseValue resp)) {
            throw call.error("set_header requires an HTTP response as first argument");
        }
        if (call.count() != 3 || !(call.arg(1) instanceof String name) || !(call.arg(2) instanceof String value)) {
            throw call.error("set_header requires (response, name: string, value: string) arguments");
        }
        checkHeader(call, name, value);
        return resp.withHeaders(Map.of(name, value));
    }

    static Object setHeaders(NativeCall call) {
        if (call.count() < 1 || !(call.arg(0) instanceof HttpResponseValue resp)) {
            throw call.error("set_headers requires an HTTP response as first argument");
        }
        if (call.count() != 2 || !(call.arg(1) instanceof RuffDict headers)) {
            throw call.error("set_headers requires a headers dict as second argument");
        }
        Map<String, String> entries = stringEntries(headers);
        entries.forEach((k, v) -> checkHeader(call, k, v));
        return resp.withHeaders(entries);
    }

    /** The string-valued entries; others are skipped, as upstream does. */
    private static Map<String, String> stringEntries(RuffDict d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : d.entries()) {
            if (e.getValue() instanceof String s) {
                out.put(e.getKey(), s);
            }
        }
        return out;
    }

    /** A header that would split the response (CR/LF) or is not a token is refused before it reaches the wire. */
    private static void checkHeader(NativeCall call, String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw call.error("Invalid HTTP header name: '" + name + "'");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw call.error("Invalid HTTP header value for '" + name + "': line breaks are not allowed");
        }
    }

    private static int status(NativeCall call, long status) {
        if (status < 100 || status > 999) {
            throw call.error("Invalid HTTP status code: " + status);
        }
        return (int) status;
    }
}
