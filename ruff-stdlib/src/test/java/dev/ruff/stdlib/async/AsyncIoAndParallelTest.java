package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Async file and HTTP natives (against a server on 127.0.0.1), capabilities, and parallel_map / par_each. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AsyncIoAndParallelTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hello", ex -> reply(ex, 200, "hi " + ex.getRequestMethod()));
        server.createContext("/echo", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String header = ex.getRequestHeaders().getFirst("X-Test");
            reply(ex, 201, body + "|" + header);
        });
        server.createContext("/missing", ex -> reply(ex, 404, "nope"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("X-Reply", "yes");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(bytes);
        }
    }

    private String path(String name) {
        return dir.resolve(name).toString().replace("\\", "/");
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void filesAreWrittenAtomicallyAndReadBack(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend, Capability.FS_READ, Capability.FS_WRITE)) {
            Files.writeString(dir.resolve("a.txt"), "old");
            assertEquals(true, s.settle("return async_write_file(\"" + path("a.txt") + "\", \"héllo\")"));
            assertEquals("héllo", s.settle("return async_read_file(\"" + path("a.txt") + "\")"));
            assertEquals(List.of(true, true, true), s.settle("return async_write_files([\"" + path("x.txt") + "\", \""
                    + path("y.txt") + "\", \"" + path("z.txt") + "\"], [\"1\", \"2\", \"3\"], 2)"));
            assertEquals(List.of("1", "2", "3"), s.settle("return async_read_files([\"" + path("x.txt") + "\", \""
                    + path("y.txt") + "\", \"" + path("z.txt") + "\"], 1)"));
            assertEquals(List.of(), s.settle("return async_read_files([])"));
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
            }
            assertEquals("Failed to read file '" + path("none.txt") + "': No such file or directory (os error 2)",
                    s.rejection("return async_read_file(\"" + path("none.txt") + "\")"));
            assertEquals("Failed to read file '" + path("none.txt") + "' (index 1): No such file or directory (os error 2)",
                    s.rejection("return async_read_files([\"" + path("x.txt") + "\", \"" + path("none.txt") + "\"])"));
            assertEquals("Failed to write file '" + path("no/dir.txt") + "': No such file or directory (os error 2)",
                    s.rejection("return async_write_file(\"" + path("no/dir.txt") + "\", \"x\")"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void fileArgumentErrorsAndCapabilities(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend, Capability.FS_READ, Capability.FS_WRITE)) {
            assertEquals("async_read_file() expects 1 argument (path), got 0", s.error("async_read_file()"));
            assertEquals("async_read_file() requires a string path argument", s.error("async_read_file(1)"));
            assertEquals("async_write_file() expects 2 arguments (path, content), got 1", s.error("async_write_file(\"a\")"));
            assertEquals("async_write_file() requires a string content argument", s.error("async_write_file(\"a\", 1)"));
            assertEquals("async_read_files() first argument must be an array of string paths", s.error("async_read_files(1)"));
            assertEquals("async_read_files() path at index 1 must be a string", s.error("async_read_files([\"a\", 2])"));
            assertEquals("async_read_files() concurrency_limit must be > 0, got 0", s.error("async_read_files([], 0)"));
            assertEquals("async_write_files() paths and contents arrays must have the same length (paths=1, contents=0)",
                    s.error("async_write_files([\"a\"], [])"));
            assertEquals("async_write_files() content at index 0 must be a string", s.error("async_write_files([\"a\"], [1])"));
            assertEquals("async_write_files() optional concurrency_limit must be an integer",
                    s.error("async_write_files([], [], \"x\")"));
        }
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("Capability denied: filesystem-read required for async_read_file; grant it with RuffEngine.builder().grant(Capability.FS_READ)",
                    s.error("async_read_file(\"a\")"));
            assertEquals("Capability denied: filesystem-write required for async_write_files; grant it with RuffEngine.builder().grant(Capability.FS_WRITE)",
                    s.error("async_write_files([], [])"));
            assertEquals("Capability denied: network-client required for async_http_get; grant it with RuffEngine.builder().grant(Capability.NET_CLIENT)",
                    s.error("async_http_get(\"http://127.0.0.1/\")"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void httpGetAndPostFulfilForAnyStatus(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend, Capability.NET_CLIENT)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) s.settle("return async_http_get(\"" + base + "/hello\")");
            assertEquals(200L, get.get("status"));
            assertEquals("hi GET", get.get("body"));
            assertEquals("yes", ((Map<?, ?>) get.get("headers")).get("x-reply"));
            @SuppressWarnings("unchecked")
            Map<String, Object> post = (Map<String, Object>) s.settle("return async_http_post(\"" + base
                    + "/echo\", \"payload\", {\"X-Test\": \"t1\", \"skipped\": 5})");
            assertEquals(201L, post.get("status"));
            assertEquals("payload|t1", post.get("body"));
            @SuppressWarnings("unchecked")
            Map<String, Object> missing = (Map<String, Object>) s.settle("return async_http_get(\"" + base + "/missing\")");
            assertEquals(404L, missing.get("status"));
            String refused = s.rejection("return async_http_get(\"http://127.0.0.1:1/\")");
            assertTrue(refused.startsWith("HTTP GET failed: "), refused);
            assertEquals("async_http_get() requires a string URL argument", s.error("async_http_get(1)"));
            assertEquals("async_http_post() expects 2-3 arguments (url, body, headers?), got 1", s.error("async_http_post(\"u\")"));
            assertEquals("async_http_post() headers must be a dictionary", s.error("async_http_post(\"u\", \"b\", 1)"));
        }
    }

    @Test
    void concurrentHttpRequestsFromAsyncFunctions() {
        try (AsyncScripts s = new AsyncScripts(BackendType.INTERPRETER, Capability.NET_CLIENT)) {
            assertEquals("[200, 200, 200]\n", s.output("""
                    async func status(url) { r := await async_http_get(url)  return r.status }
                    print(await promise_all([status("%1$s/hello"), status("%1$s/hello"), status("%1$s/hello")]))
                    """.formatted(base)));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void parallelMapKeepsOrderAndAwaitsReturnedPromises(BackendType backend) throws Exception {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals(List.of(2L, 3L, 4L), s.settle("return parallel_map([1, 2, 3], func(x) { return x + 1 })"));
            assertEquals(List.of(1L, 2L), s.settle("return par_map([\"a\", \"bb\"], len, 2)"));
            assertEquals(null, s.settle("return par_each([1, 2], func(x) { return async_sleep(x) })"));
            assertEquals("parallel_map() first argument must be an array", s.error("parallel_map(1, len)"));
            assertEquals("parallel_map() second argument must be a callable function; pass a function, closure, or "
                    + "imported callable value instead of a literal", s.error("parallel_map([1], 5)"));
            assertEquals("parallel_map() concurrency_limit must be > 0, got -1", s.error("parallel_map([1], len, -1)"));
            assertEquals("parallel_map expects 2 to 3 arguments, got 1", s.error("parallel_map([1])"));
            assertEquals("par_each expects 2 to 3 arguments, got 4", s.error("par_each([1], len, 1, 2)"));
            assertEquals("Division by zero", s.error("parallel_map([0], func(x) { return 1 / x })"));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void parallelMapWithAsyncMappers(BackendType backend) {
        try (AsyncScripts s = new AsyncScripts(backend)) {
            assertEquals("[10, 20, 30]\ncaught: Promise rejected: Promise 1 rejected: no 2\n", s.output("""
                    async func slow_times_ten(x) { await async_sleep(40 - x * 10)  return x * 10 }
                    print(await parallel_map([1, 2, 3], slow_times_ten))
                    async func picky(x) { if x == 2 { throw("no 2") }  return x }
                    try { await par_each([1, 2, 3], picky) } except e { print("caught: " + e.message) }
                    """));
        }
    }
}
