package dev.ruff.stdlib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scripts serving HTTP on loopback, called with java.net.http clients and raw sockets. */
@Timeout(120)
class HttpServerTest {
    private static final String APP = """
            func show(req) {
                return json_response(200, {"id": req["params"]["id"], "q": req["query_decoded"], "method": req["method"],
                    "agent": req["headers"]["x-agent"]})
            }
            func echo(req) {
                data := parse_json(req["body"])
                return set_header(json_response(201, {"got": data["n"] * 2}), "X-Handled-By", "ruff")
            }
            server := http_listen("127.0.0.1", 0)
            server = server.route("GET", "/items/:id", show)
            server = server.route("POST", "/echo", echo)
            server = server.route("GET", "/items/special", func(req) { return http_response(200, "exact wins") })
            server = server.route("GET", "/boom", func(req) { return 1 / 0 })
            server = server.route("GET", "/nothing", func(req) { x := 1 })
            server = server.route("GET", "/wrong", func(req) { return "not a response" })
            server = server.route("GET", "/page", func(req) { return html_response(200, "<h1>hi</h1>") })
            server = server.route("GET", "/old", func(req) { return redirect_response("/page", {"X-Why": "moved"}) })
            server.listen()
            """;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("X-Agent", "junit").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void routesParamsQueryHeadersAndResponseBuilders(BackendType backend) throws Exception {
        try (ServingScript script = new ServingScript(backend, APP)) {
            String base = script.baseUrl();
            HttpResponse<String> show = get(base + "/items/42?tag=a%20b&n=1");
            assertEquals(200, show.statusCode());
            assertEquals("application/json", show.headers().firstValue("Content-Type").orElse(""));
            assertEquals("{\"agent\":\"junit\",\"id\":\"42\",\"method\":\"GET\",\"q\":{\"n\":\"1\",\"tag\":\"a b\"}}",
                    show.body());
            assertEquals("exact wins", get(base + "/items/special").body());
            HttpResponse<String> echo = client.send(HttpRequest.newBuilder(URI.create(base + "/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\": 21}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, echo.statusCode());
            assertEquals("{\"got\":42}", echo.body());
            assertEquals("ruff", echo.headers().firstValue("X-Handled-By").orElse(""));
            HttpResponse<String> page = get(base + "/page");
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            HttpResponse<String> old = get(base + "/old");
            assertEquals(302, old.statusCode());
            assertEquals("/page", old.headers().firstValue("Location").orElse(""));
            assertEquals("moved", old.headers().firstValue("X-Why").orElse(""));
            assertEquals("Redirecting to /page", old.body());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void failuresBecomeStatusCodesNotCrashes(BackendType backend) throws Exception {
        try (ServingScript script = new ServingScript(backend, APP)) {
            String base = script.baseUrl();
            assertEquals(404, get(base + "/missing").statusCode());
            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/echo")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(500, get(base + "/boom").statusCode());
            assertEquals(500, get(base + "/wrong").statusCode());
            assertEquals(200, get(base + "/nothing").statusCode());
            assertTrue(script.output().contains("HTTP handler error on GET /boom: Division by zero"), script.output());
            assertEquals(200, get(base + "/items/1").statusCode());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void badRequestsGet4xxAndTheServerKeepsServing(BackendType backend) throws Exception {
        try (ServingScript script = new ServingScript(backend, APP)) {
            String base = script.baseUrl();
            URI uri = URI.create(base);
            assertTrue(rawStatus(uri, "THIS IS NOT HTTP\r\n\r\n").startsWith("HTTP/1.1 4"));
            assertTrue(rawStatus(uri, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
            assertTrue(rawStatus(uri, "GET /items/1?bad=%zz HTTP/1.1\r\nHost: x\r\nX-Agent: raw\r\n\r\n")
                    .startsWith("HTTP/1.1 400"));
            assertEquals(500, client.send(HttpRequest.newBuilder(URI.create(base + "/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("not json")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, get(base + "/items/7").statusCode());
        }
    }

    private static String rawStatus(URI base, String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void thousandConcurrentRequestsAllSucceed(BackendType backend) throws Exception {
        try (ServingScript script = new ServingScript(backend, APP)) {
            String base = script.baseUrl();
            List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                pending.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/items/" + i))
                        .header("X-Agent", "load").timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < 1000; i++) {
                HttpResponse<String> r = pending.get(i).join();
                assertEquals(200, r.statusCode(), script::output);
                assertTrue(r.body().contains("\"id\":\"" + i + "\""), r.body());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closingTheEngineStopsTheServerAndEndsListen(BackendType backend) throws Exception {
        String base;
        ServingScript script = new ServingScript(backend, APP);
        try {
            base = script.baseUrl();
            assertEquals(200, get(base + "/items/1").statusCode());
        } finally {
            script.close();
        }
        assertTrue(script.awaitEnd(10_000), "listen() did not return after the engine closed");
        String url = base + "/items/1";
        assertThrows(IOException.class, () -> get(url));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void responseBuildersAndTheirErrors(BackendType backend) {
        assertEquals("""
                201 {"a":1} application/json
                302 Redirecting to /x /x
                404 {"X-A": 1, "X-B": 2}
                httpresponse
                http_response requires status code and body string
                set_header requires an HTTP response as first argument
                http_server requires a port number
                """, Scripts.run(backend, """
                r := json_response(201, {"a": 1})
                print(str(r.status) + " " + r.body + " " + r.headers["Content-Type"])
                d := redirect_response("/x")
                print(str(d.status) + " " + d.body + " " + d.headers["Location"])
                h := set_headers(set_header(http_response(404, ""), "X-A", "1"), {"X-B": "2", "skip": 3})
                print(str(h.status) + " " + str(h.headers))
                print(type(h))
                try { http_response("200", "x") } except e { print(e.message) }
                try { set_header({}, "a", "b") } except e { print(e.message) }
                try { http_server("80") } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void listeningNeedsTheNetworkServerCapability(BackendType backend) {
        assertEquals("""
                Capability denied: network-server required for HttpServer.listen; grant it with RuffEngine.builder().grant(Capability.NET_SERVER)
                Capability denied: network-server required for http_listen; grant it with RuffEngine.builder().grant(Capability.NET_SERVER)
                """, Scripts.runGranting(backend, """
                s := http_server(0)
                try { s.listen() } except e { print(e.message) }
                try { http_listen("127.0.0.1", 0) } except e { print(e.message) }
                """, Capability.CLOCK));
    }
}
