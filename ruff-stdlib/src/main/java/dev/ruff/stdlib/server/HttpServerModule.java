package dev.ruff.stdlib.server;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.List;

/**
 * The HTTP server ({@code http_server}, {@code http_listen}, {@code .route}, {@code .listen}) on the
 * JDK's {@code com.sun.net.httpserver}, handlers running on the engine's executor, and the response
 * builders. Listening needs {@code network-server}.
 */
public final class HttpServerModule implements RuffModule {

    @Override
    public String name() {
        return "http-server";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("http_server(port)", Arity.unchecked(), Capability.NONE,
                "An HTTP server for a port on 0.0.0.0; add routes with .route(method, path, handler), serve with .listen().",
                HttpServerModule::server);
        r.function("http_listen(host, port)", Arity.unchecked(), Capability.NET_SERVER,
                "An HTTP server for an explicit host and port; add routes with .route, serve with .listen().",
                HttpServerModule::listen);
        r.function("http_response(status, body)", Arity.unchecked(), Capability.NONE,
                "A response with a status and a body, no headers.", ResponseNatives::http);
        r.function("json_response(status, data)", Arity.unchecked(), Capability.NONE,
                "A response whose body is to_json(data), Content-Type application/json.", ResponseNatives::json);
        r.function("html_response(status, html)", Arity.unchecked(), Capability.NONE,
                "A response with an HTML body, Content-Type text/html; charset=utf-8.", ResponseNatives::html);
        r.function("redirect_response(url, headers?)", Arity.unchecked(), Capability.NONE,
                "A 302 redirect to a URL, with optional extra headers.", ResponseNatives::redirect);
        r.function("set_header(resp, name, value)", Arity.unchecked(), Capability.NONE,
                "A copy of a response with one header set.", ResponseNatives::setHeader);
        r.function("set_headers(resp, headers)", Arity.unchecked(), Capability.NONE,
                "A copy of a response with the string entries of a dict set as headers.", ResponseNatives::setHeaders);
    }

    private static Object server(NativeCall call) {
        if (call.count() != 1 || !(call.arg(0) instanceof Long port)) {
            throw call.error("http_server requires a port number");
        }
        return new HttpServerValue("0.0.0.0", port(call, port), List.of(), call.context());
    }

    private static Object listen(NativeCall call) {
        if (call.count() != 2 || !(call.arg(0) instanceof String host) || host.isEmpty()
                || !(call.arg(1) instanceof Long port)) {
            throw call.error("http_listen requires (host: non-empty string, port: int) arguments");
        }
        return new HttpServerValue(host, port(call, port), List.of(), call.context());
    }

    private static int port(NativeCall call, long port) {
        if (port < 0 || port > 65535) {
            throw call.error("Invalid port number: " + port + " (must be 0-65535)");
        }
        return (int) port;
    }
}
