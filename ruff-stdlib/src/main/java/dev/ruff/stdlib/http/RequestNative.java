package dev.ruff.stdlib.http;

import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code http_request(url, options)} or {@code http_request(request)}: any method, headers, body and
 * timeout; returns {@code Ok(response)} or {@code Err(message)} rather than raising for transport errors.
 */
final class RequestNative {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private RequestNative() {
    }

    static Object call(NativeCall call) {
        RuffDict options;
        String url;
        if (call.count() == 1 && call.arg(0) instanceof RuffDict request) {
            options = request;
            url = request.get("url") instanceof String s ? s : null;
        } else if (call.count() == 2 && call.arg(0) instanceof String u && call.arg(1) instanceof RuffDict o) {
            options = o;
            url = u;
        } else {
            throw call.error("http_request requires (url, options_dict) or (request_dict) arguments");
        }
        if (url == null || url.isEmpty()) {
            throw call.error("http_request requires a non-empty url");
        }
        String method = options.get("method") instanceof String m ? m.toUpperCase(Locale.ROOT) : "GET";
        if (!TOKEN.matcher(method).matches()) {
            return ResultValue.err("Invalid HTTP method '" + method + "': invalid HTTP method");
        }
        Duration timeout = HttpTransport.DEFAULT_TIMEOUT;
        Object t = options.get("timeout");
        if (t instanceof Long l && l > 0) {
            timeout = Duration.ofSeconds(l);
        } else if (t instanceof Double d && d > 0 && !d.isInfinite()) {
            timeout = Duration.ofMillis((long) (d * 1000));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Object h = options.get("headers") != null ? options.get("headers") : options.get("_headers");
        if (h instanceof RuffDict hd) {
            for (Map.Entry<String, Object> e : hd.entries()) {
                if (e.getValue() instanceof String v) {
                    headers.put(e.getKey(), v);
                }
            }
        }
        Object b = options.get("body") != null ? options.get("body") : options.get("_body");
        byte[] body = b instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
        try {
            return ResultValue.ok(response(HttpTransport.send(call, method, url, headers, body, timeout)));
        } catch (HttpTransport.Failure e) {
            return ResultValue.err("HTTP request failed: " + e.getMessage());
        }
    }

    private static RuffDict response(HttpTransport.Response r) {
        String text = new String(r.body(), StandardCharsets.UTF_8);
        RuffDict d = new RuffDict();
        d.putInPlace("status", (long) r.status());
        d.putInPlace("_status", (long) r.status());
        d.putInPlace("body", text);
        d.putInPlace("_body", text);
        RuffDict headers = new RuffDict();
        r.headers().forEach(headers::putInPlace);
        d.putInPlace("headers", headers);
        return d;
    }
}
