package dev.ruff.stdlib.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ruff.async.EngineClosed;
import dev.ruff.async.RuffPromise;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeContext;
import dev.ruff.stdlib.io.OsErrorText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A listening server on the JDK's {@link HttpServer}. Exchanges run on the engine's executor, each
 * calling its route's handler through an invoker of its own. The server stops when the engine closes;
 * {@link #serveUntilStopped()} blocks the script until then, as upstream's {@code listen()} does.
 */
final class RunningServer implements AutoCloseable {
    /** Request bodies beyond this get 413, like every network body in the stdlib. */
    static final long MAX_BODY = 8L * 1024 * 1024;
    private static final int BACKLOG = 1024;

    private final HttpServer server;
    private final List<Route> routes;
    private final NativeContext context;
    /** An idle fork of the script's backend, from which each exchange forks its own invoker. */
    private final Invoker invokers;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private RunningServer(HttpServer server, List<Route> routes, NativeContext context, Invoker invokers) {
        this.server = server;
        this.routes = routes;
        this.context = context;
        this.invokers = invokers;
    }

    static RunningServer start(String host, int port, List<Route> routes, NativeContext context, Invoker invoker) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        } catch (IOException e) {
            throw new RuffRuntimeError("Failed to bind HTTP server on '" + host + ":" + port + "': " + OsErrorText.of(e));
        }
        RunningServer running = new RunningServer(server, routes, context, invoker.forAnotherThread());
        server.createContext("/", running::handle);
        server.setExecutor(context.async().executor());
        context.async().closeOnShutdown(running);
        server.start();
        int actual = server.getAddress().getPort();
        PrintWriter out = context.out();
        out.println("Starting HTTP server on " + host + ":" + actual + "...");
        out.println("Server listening on http://" + host + ":" + actual);
        out.println("Press Ctrl+C to stop");
        out.flush();
        return running;
    }

    /** Blocks until the engine closes (or the thread is interrupted); then the server is stopped. */
    Object serveUntilStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            // the engine is closing (it interrupts running scripts): end the script, not a catchable error
            throw new EngineClosed("HTTP server interrupted");
        }
        return RuffNull.NULL;
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        server.stop(0);
        context.async().forget(this);
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            Reply reply;
            try {
                reply = dispatch(exchange);
            } catch (BadRequest e) {
                reply = new Reply(e.status, e.getMessage(), Map.of("Content-Type", "text/plain; charset=utf-8"));
            } catch (RuntimeException | StackOverflowError e) {
                reportHandlerError(exchange, e);
                reply = Reply.INTERNAL_ERROR;
            }
            send(exchange, reply);
        } catch (IOException ignored) {
            // the client went away; nothing to answer
        }
    }

    private Reply dispatch(HttpExchange exchange) throws IOException, BadRequest {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = exchange.getRequestURI().getPath();
        if (rawPath == null || path == null) {
            throw new BadRequest(400, "Bad Request");
        }
        Route route = null;
        Map<String, String> params = Map.of();
        for (Route r : routes) {
            if (!r.isPattern() && r.method().equals(method) && r.path().equals(path)) {
                route = r;
                break;
            }
        }
        if (route == null) {
            for (Route r : routes) {
                Map<String, String> m = r.isPattern() && r.method().equals(method) ? r.match(path) : null;
                if (m != null) {
                    route = r;
                    params = m;
                    break;
                }
            }
        }
        if (route == null) {
            return new Reply(404, "Not Found", Map.of("Content-Type", "text/plain; charset=utf-8"));
        }
        RuffDict request = request(exchange, method, path, rawPath, params);
        Invoker invoker;
        synchronized (invokers) {
            invoker = invokers.forAnotherThread();
        }
        Object result;
        try {
            result = invoker.call(route.handler(), request);
            if (result instanceof RuffPromise p) {
                result = p.await();
            }
        } catch (RuffRuntimeError e) {
            reportHandlerError(exchange, e);
            return Reply.INTERNAL_ERROR;
        }
        if (result instanceof HttpResponseValue r) {
            return new Reply(r.status(), r.body(), r.headers());
        }
        if (result == RuffNull.NULL) {
            return new Reply(200, "", Map.of());
        }
        return Reply.INTERNAL_ERROR;
    }

    private RuffDict request(HttpExchange exchange, String method, String path, String rawPath,
                             Map<String, String> params) throws IOException, BadRequest {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY) {
                    throw new BadRequest(413, "Payload Too Large");
                }
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "Bad Request");
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes((int) MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new BadRequest(413, "Payload Too Large");
        }
        String queryString = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        RuffDict query = new RuffDict();
        RuffDict decoded = new RuffDict();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            query.putInPlace(k, v);
            decoded.putInPlace(decode(k), decode(v));
        }
        RuffDict headers = new RuffDict();
        exchange.getRequestHeaders().forEach((k, v) -> headers.putInPlace(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        RuffDict paramDict = new RuffDict();
        params.forEach((k, v) -> paramDict.putInPlace(k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
        RuffDict d = new RuffDict();
        d.putInPlace("method", method);
        d.putInPlace("path", path);
        d.putInPlace("raw_path", rawPath);
        d.putInPlace("body", new String(body, StandardCharsets.UTF_8));
        d.putInPlace("params", paramDict);
        d.putInPlace("query", query);
        d.putInPlace("query_decoded", decoded);
        d.putInPlace("query_string", queryString);
        d.putInPlace("headers", headers);
        return d;
    }

    private static String decode(String s) throws BadRequest {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "Bad Request: malformed query string");
        }
    }

    private void reportHandlerError(HttpExchange exchange, Throwable e) {
        String what = e instanceof RuffRuntimeError r ? r.getMessage() : dev.ruff.runtime.JavaFailures.describe(e);
        PrintWriter err = context.err();
        synchronized (err) {
            err.println("HTTP handler error on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath() + ": " + what);
            err.flush();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD") || reply.status() == 204
                || reply.status() == 304 || reply.status() < 200;
        if (noBody) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        }
    }

    private record Reply(int status, String body, Map<String, String> headers) {
        static final Reply INTERNAL_ERROR = new Reply(500, "Internal Server Error",
                Map.of("Content-Type", "text/plain; charset=utf-8"));
    }

    private static final class BadRequest extends Exception {
        private final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
