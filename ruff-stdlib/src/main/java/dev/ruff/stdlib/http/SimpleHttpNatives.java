package dev.ruff.stdlib.http;

import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.values.Arg;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The fixed-shape calls: get/post/put/delete returning {status, body}, binary gets, parallel gets. */
final class SimpleHttpNatives {
    private SimpleHttpNatives() {
    }

    static RuffDict statusAndBody(HttpTransport.Response r) {
        RuffDict d = new RuffDict();
        d.putInPlace("status", (long) r.status());
        d.putInPlace("body", new String(r.body(), StandardCharsets.UTF_8));
        return d;
    }

    private static String url(NativeCall call) {
        String url = Arg.string(call, 0);
        if (url == null) {
            throw call.error(call.name() + " requires a URL string");
        }
        return url;
    }

    /** {@code http_get}, {@code http_delete}: no body. */
    static Object withoutBody(NativeCall call, String method) {
        String url = url(call);
        try {
            return statusAndBody(HttpTransport.send(call, method, url, Map.of(), null, HttpTransport.DEFAULT_TIMEOUT));
        } catch (HttpTransport.Failure e) {
            throw call.error("HTTP " + method + " failed: " + e.getMessage());
        }
    }

    /** {@code http_post}, {@code http_put}: a JSON body given as a string. */
    static Object withBody(NativeCall call, String method) {
        String url = url(call);
        String body = Arg.string(call, 1);
        if (body == null) {
            throw call.error(call.name() + " requires (url, body) string arguments");
        }
        try {
            return statusAndBody(HttpTransport.send(call, method, url, Map.of("Content-Type", "application/json"),
                    body.getBytes(StandardCharsets.UTF_8), HttpTransport.DEFAULT_TIMEOUT));
        } catch (HttpTransport.Failure e) {
            throw call.error("HTTP " + method + " failed: " + e.getMessage());
        }
    }

    /** {@code http_get_binary} ({@code surface = "HTTP GET"}) and {@code http_get_stream} ("HTTP GET stream"). */
    static Object binary(NativeCall call, String surface) {
        String url = url(call);
        HttpTransport.Response r;
        try {
            r = HttpTransport.send(call, "GET", url, Map.of(), null, HttpTransport.DEFAULT_TIMEOUT);
        } catch (HttpTransport.Failure e) {
            throw call.error(surface + " failed: " + e.getMessage());
        }
        if (!r.isSuccess()) {
            throw call.error(surface + " failed with status: " + r.status() + " " + HttpTransport.reason(r.status()));
        }
        return RuffBytes.wrap(r.body());
    }

    /**
     * One thread per URL; results keep input order. A failed fetch is embedded as {@code Err(message)}
     * (the port has no first-class error value to embed); non-string URLs are skipped as upstream does.
     */
    static Object parallel(NativeCall call) {
        if (!(call.arg(0) instanceof RuffArray urls)) {
            throw call.error("parallel_http requires an array of URL strings");
        }
        List<CompletableFuture<Object>> pending = new ArrayList<>();
        for (Object u : urls) {
            if (u instanceof String url) {
                CompletableFuture<Object> f = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        f.complete(statusAndBody(HttpTransport.send(call, "GET", url, Map.of(), null,
                                HttpTransport.DEFAULT_TIMEOUT)));
                    } catch (HttpTransport.Failure e) {
                        f.complete(ResultValue.err("HTTP GET failed: " + e.getMessage()));
                    } catch (RuntimeException e) {
                        f.complete(ResultValue.err("HTTP GET failed: " + e.getMessage()));
                    }
                }, "ruff-parallel-http");
                t.setDaemon(true);
                t.start();
                pending.add(f);
            }
        }
        List<Object> results = new ArrayList<>();
        dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.current();
        for (CompletableFuture<Object> f : pending) {
            results.add(guard.await(f)); // a stopped run stops waiting at once
        }
        return RuffArray.ofList(results);
    }
}
