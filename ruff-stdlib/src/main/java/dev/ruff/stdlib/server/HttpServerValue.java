package dev.ruff.stdlib.server;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.MethodHandleValue;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.spi.NativeFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A server description ({@code type()} is {@code httpserver}): where to listen and its routes.
 * {@code route} returns a new server (scripts reassign it, as upstream); {@code listen}/{@code start}
 * serve until the engine closes.
 */
final class HttpServerValue implements MethodHandleValue {
    private final String host;
    private final int port;
    private final List<Route> routes;
    private final NativeContext context;

    HttpServerValue(String host, int port, List<Route> routes, NativeContext context) {
        this.host = host;
        this.port = port;
        this.routes = List.copyOf(routes);
        this.context = context;
    }

    @Override
    public Object callMethod(String name, Object[] args, Invoker invoker) {
        return switch (name) {
            case "route" -> {
                if (args.length != 3 || !(args[0] instanceof String method) || !(args[1] instanceof String path)) {
                    throw new RuffRuntimeError("route requires (method: string, path: string, handler) arguments");
                }
                if (!(args[2] instanceof RuffCallable) && !(args[2] instanceof NativeFunction)) {
                    throw new RuffRuntimeError("route handler must be a function");
                }
                if (!path.startsWith("/")) {
                    throw new RuffRuntimeError("route path must start with '/', got '" + path + "'");
                }
                List<Route> next = new ArrayList<>(routes);
                next.add(new Route(method, path, args[2]));
                yield new HttpServerValue(host, port, next, context);
            }
            case "listen", "start" -> {
                if (args.length != 0) {
                    throw new RuffRuntimeError("HttpServer." + name + " expects 0 arguments, got " + args.length);
                }
                context.requireGranted(Capability.NET_SERVER, "HttpServer." + name);
                RunningServer running = RunningServer.start(host, port, routes, context, invoker);
                yield running.serveUntilStopped();
            }
            default -> throw new RuffRuntimeError("HttpServer has no method '" + name + "'");
        };
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "port" -> (long) port;
            case "host" -> host;
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "httpserver";
    }

    @Override
    public String debug() {
        return "HttpServer(" + host + ":" + port + ", " + routes.size() + " routes)";
    }
}
