package dev.ruff.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Starts {@code samples/scripts/todo_api.ruff} (the JSON API over SQLite) on a free port, as
 * {@code ruff run} would with every capability, and drives it with an HTTP client.
 */
@Timeout(120)
class TodoApiScriptTest {
    private static final Pattern LISTENING = Pattern.compile("Server listening on (http://\\S+)");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Path script() {
        Path here = Path.of("scripts", "todo_api.ruff");
        return Files.exists(here) ? here : Path.of("samples", "scripts", "todo_api.ruff");
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void servesTheTodoApiBackedBySqlite(BackendType backend, @TempDir Path dir) throws Exception {
        Path database = dir.resolve("todos.db");
        StringWriter out = new StringWriter();
        RuffEngine engine = RuffEngine.builder().backend(backend).grantAll().out(out).err(out)
                .scriptArgs(List.of("0", database.toString())).build();
        RuffScript compiled = engine.compile(script());
        Thread serving = new Thread(() -> {
            try {
                compiled.run();
            } catch (RuntimeException endedByClose) {
                // closing the engine ends listen(); that is how this test stops the server
            }
        }, "todo-api");
        serving.setDaemon(true);
        serving.start();
        try {
            String base = awaitListening(out) + "/todos";
            HttpResponse<String> created = send("POST", base, "{\"title\": \"  buy milk \"}");
            assertEquals(201, created.statusCode());
            assertEquals("{\"done\":false,\"id\":1,\"title\":\"buy milk\"}", created.body());
            assertEquals("/todos/1", created.headers().firstValue("Location").orElse(""));
            assertEquals(201, send("POST", base, "{\"title\": \"walk\"}").statusCode());
            assertEquals(400, send("POST", base, "not json").statusCode());
            assertEquals(400, send("POST", base, "{\"title\": \"\"}").statusCode());
            assertEquals("{\"done\":true,\"id\":1,\"title\":\"buy milk\"}", send("PUT", base + "/1/done", null).body());
            assertEquals(204, send("DELETE", base + "/2", null).statusCode());
            assertEquals(404, send("GET", base + "/2", null).statusCode());
            assertEquals("[{\"done\":true,\"id\":1,\"title\":\"buy milk\"}]", send("GET", base, null).body());
        } finally {
            engine.close();
        }
        serving.join(10_000);
        assertTrue(Files.size(database) > 0, "the rows live in the SQLite file");
    }

    private static String awaitListening(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the script never listened:\n" + out);
    }
}
