package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.PromiseRejection;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code async_http_get} / {@code async_http_post} on {@link HttpClient#sendAsync}: no thread waits for
 * the network. They fulfil {@code {status, body, headers}} for any status and reject
 * {@code HTTP GET failed: <reason>} / {@code HTTP POST failed: <reason>} on transport failures (ASYNC.md §5.3).
 */
final class AsyncHttpNatives {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private AsyncHttpNatives() {
    }

    /** One client per context, running its callbacks on the engine's executor. */
    private static final class Client {
        final HttpClient http;

        Client(AsyncRuntime runtime) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(CONNECT_TIMEOUT)
                    .executor(runtime.executor()).build();
        }
    }

    static Object get(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("async_http_get() expects 1 argument (url), got " + call.count());
        }
        if (!(call.arg(0) instanceof String url)) {
            throw call.error("async_http_get() requires a string URL argument");
        }
        return send(call, "GET", url, null, Map.of());
    }

    static Object post(NativeCall call) {
        if (call.count() < 2 || call.count() > 3) {
            throw call.error("async_http_post() expects 2-3 arguments (url, body, headers?), got " + call.count());
        }
        if (!(call.arg(0) instanceof String url)) {
            throw call.error("async_http_post() requires a string URL argument");
        }
        if (!(call.arg(1) instanceof String body)) {
            throw call.error("async_http_post() requires a string body argument");
        }
        Map<String, String> headers = new TreeMap<>();
        if (call.count() == 3) {
            if (!(call.arg(2) instanceof RuffDict d)) {
                throw call.error("async_http_post() headers must be a dictionary");
            }
            for (Map.Entry<String, Object> e : d.entries()) {
                if (e.getValue() instanceof String v) {
                    headers.put(e.getKey(), v); // non-string values are skipped, as upstream does
                }
            }
        }
        return send(call, "POST", url, body, headers);
    }

    private static RuffPromise send(NativeCall call, String method, String url, String body,
                                    Map<String, String> headers) {
        AsyncRuntime runtime = call.context().async();
        String failed = "HTTP " + method + " failed: ";
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            request = b.build();
        } catch (IllegalArgumentException e) {
            return RuffPromise.rejected(runtime, failed + e.getMessage());
        }
        HttpClient client = call.context().state(Client.class, () -> new Client(runtime)).http;
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        CompletableFuture<Object> result = new CompletableFuture<>();
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
                String reason = dev.ruff.runtime.JavaFailures.describe(cause);
                result.completeExceptionally(new PromiseRejection(failed + reason));
                return;
            }
            RuffDict responseHeaders = new RuffDict();
            response.headers().map().forEach((k, v) ->
                    responseHeaders.putInPlace(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            RuffDict out = new RuffDict();
            out.putInPlace("status", (long) response.statusCode());
            out.putInPlace("body", new String(response.body(), StandardCharsets.UTF_8));
            out.putInPlace("headers", responseHeaders);
            result.complete(out);
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return RuffPromise.of(runtime, result);
    }
}
