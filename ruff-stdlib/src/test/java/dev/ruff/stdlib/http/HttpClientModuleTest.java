package dev.ruff.stdlib.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import dev.ruff.stdlib.os.EnvModule;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Talks only to a server bound to 127.0.0.1 inside the test. */
@Timeout(30)
class HttpClientModuleTest {
    private final Natives n = new Natives(new HttpClientModule(), new EnvModule());
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", this::echo);
        server.createContext("/missing", ex -> reply(ex, 404, "nope"));
        server.createContext("/bin", ex -> {
            ex.sendResponseHeaders(200, 3);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(new byte[] {0, 1, (byte) 255});
            }
        });
        server.createContext("/token", ex -> {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (form.contains("code=good")) {
                reply(ex, 200, "{\"access_token\":\"abc\",\"expires_in\":3600}");
            } else {
                reply(ex, 400, "bad code");
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void echo(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String custom = ex.getRequestHeaders().getFirst("X-Test");
        ex.getResponseHeaders().add("X-Reply", "yes");
        reply(ex, 200, ex.getRequestMethod() + " " + body + " " + type + " " + custom);
    }

    private static void reply(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @Test
    void simpleVerbs() {
        RuffDict get = (RuffDict) n.call("http_get", base + "/echo");
        assertEquals(200L, get.get("status"));
        assertEquals("GET  null null", get.get("body"));
        assertEquals("POST {\"a\":1} application/json null", ((RuffDict) n.call("http_post", base + "/echo", "{\"a\":1}")).get("body"));
        assertEquals("PUT x application/json null", ((RuffDict) n.call("http_put", base + "/echo", "x")).get("body"));
        assertTrue(((String) ((RuffDict) n.call("http_delete", base + "/echo")).get("body")).startsWith("DELETE"));
        RuffDict missing = (RuffDict) n.call("http_get", base + "/missing");
        assertEquals(404L, missing.get("status"), "a non-2xx status is not an error");
    }

    @Test
    void transportErrorsRaise() {
        assertTrue(n.error("http_get", "http://127.0.0.1:1/").startsWith("HTTP GET failed: "));
        assertEquals("HTTP GET failed: unsupported URL scheme 'ftp' (only http and https are allowed)",
                n.error("http_get", "ftp://127.0.0.1/x"));
        assertEquals("http_get requires a URL string", n.error("http_get", 1L));
        assertEquals("http_post expects 2 arguments, got 1", n.error("http_post", base));
    }

    @Test
    void request() {
        Object r = n.call("http_request", base + "/echo", Natives.dict("method", "patch", "body", "b",
                "headers", Natives.dict("X-Test", "t"), "timeout", 5L));
        ResultValue ok = (ResultValue) r;
        assertTrue(ok.isOk());
        RuffDict d = (RuffDict) ok.value();
        assertEquals(200L, d.get("status"));
        assertEquals(200L, d.get("_status"));
        assertEquals("PATCH b null t", d.get("body"));
        assertEquals("yes", ((RuffDict) d.get("headers")).get("x-reply"));
        ResultValue single = (ResultValue) n.call("http_request", Natives.dict("url", base + "/missing"));
        assertEquals(404L, ((RuffDict) single.value()).get("status"));
        ResultValue bad = (ResultValue) n.call("http_request", base, Natives.dict("method", "BAD METHOD"));
        assertFalse(bad.isOk());
        assertEquals("Invalid HTTP method 'BAD METHOD': invalid HTTP method", bad.value());
        ResultValue down = (ResultValue) n.call("http_request", Natives.dict("url", "http://127.0.0.1:1/"));
        assertFalse(down.isOk());
        assertEquals("http_request requires a non-empty url", n.error("http_request", Natives.dict("url", "")));
        assertEquals("http_request requires (url, options_dict) or (request_dict) arguments", n.error("http_request", 1L));
    }

    @Test
    void binaryGets() {
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, ((RuffBytes) n.call("http_get_binary", base + "/bin")).toByteArray());
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, ((RuffBytes) n.call("http_get_stream", base + "/bin")).toByteArray());
        assertEquals("HTTP GET failed with status: 404 Not Found", n.error("http_get_binary", base + "/missing"));
        assertEquals("HTTP GET stream failed with status: 404 Not Found", n.error("http_get_stream", base + "/missing"));
    }

    @Test
    void parallel() {
        RuffArray out = (RuffArray) n.call("parallel_http", Natives.arr(base + "/echo", 5L, "http://127.0.0.1:1/", base + "/missing"));
        assertEquals(3, out.size());
        assertEquals(200L, ((RuffDict) out.get(0)).get("status"));
        assertFalse(((ResultValue) out.get(1)).isOk());
        assertEquals(404L, ((RuffDict) out.get(2)).get("status"));
    }

    @Test
    void oauth2() {
        String url = (String) n.call("oauth2_auth_url", "my id", "http://app/cb", "https://auth/authorize", "read write");
        assertTrue(url.matches("https://auth/authorize\\?client_id=my%20id&redirect_uri=http%3A%2F%2Fapp%2Fcb"
                + "&response_type=code&scope=read%20write&state=[0-9a-f]{32}"), url);
        RuffDict token = (RuffDict) n.call("oauth2_get_token", "good", "id", "secret", base + "/token", "http://app/cb");
        assertEquals("abc", token.get("access_token"));
        assertEquals(3600L, token.get("expires_in"));
        assertEquals("OAuth2 token request failed with status 400: bad code",
                n.error("oauth2_get_token", "bad", "id", "secret", base + "/token", "http://app/cb"));
    }

    @Test
    void policyAndCapability() {
        n.call("env_set", "RUFF_NET_DESTINATION_POLICY", "deny_private");
        assertEquals("HTTP GET failed: destination '127.0.0.1' is a private address, blocked by "
                + "RUFF_NET_DESTINATION_POLICY=deny_private", n.error("http_get", base + "/echo"));
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: network-client required for http_get; rerun with --allow-net-client",
                n.error("http_get", base));
        assertTrue(((String) n.call("oauth2_auth_url", "a", "b", "c", "d")).startsWith("c?client_id=a"));
    }
}
