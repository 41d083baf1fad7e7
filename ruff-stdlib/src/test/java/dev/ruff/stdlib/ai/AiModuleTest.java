package dev.ruff.stdlib.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code ai_*} natives against a fake OpenAI-style provider on loopback that records what it was
 * sent and answers like the real API (chat completions, event streams, embeddings, tool calls, errors).
 */
@Timeout(60)
class AiModuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer provider;
    private String base;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/v1/chat/completions", this::chat);
        provider.createContext("/v1/embeddings", ex -> {
            record(ex);
            reply(ex, 200, "{\"model\":\"embed-1\",\"data\":[{\"embedding\":[0.5,-1.25,2]}]}");
        });
        provider.createContext("/v1/empty-embeddings", ex -> {
            record(ex);
            reply(ex, 200, "{\"data\":[]}");
        });
        provider.createContext("/v1/limited", ex -> {
            record(ex);
            reply(ex, 429, "x".repeat(300));
        });
        provider.start();
        base = "http://127.0.0.1:" + provider.getAddress().getPort();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private JsonNode record(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        requests.add(body);
        authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")) + " "
                + ex.getRequestHeaders().getFirst("X-Team"));
        return body;
    }

    private void chat(HttpExchange ex) throws IOException {
        JsonNode body = record(ex);
        if (body.path("stream").asBoolean(false)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            reply(ex, 200, "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                    + "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\ndata: [DONE]\n\n");
            return;
        }
        JsonNode messages = body.path("messages");
        JsonNode last = messages.get(messages.size() - 1);
        if (body.has("tools") && !"tool".equals(last.path("role").asText())) {
            reply(ex, 200, "{\"model\":\"gpt-test\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,"
                    + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_time\","
                    + "\"arguments\":\"{}\"}}]}}]}");
            return;
        }
        String answer = "tool".equals(last.path("role").asText()) ? "It is " + last.path("content").asText()
                : "You said " + last.path("content").asText();
        reply(ex, 200, JSON.createObjectNode().put("model", "gpt-test").set("choices", JSON.createArrayNode()
                .add(JSON.createObjectNode().set("message", JSON.createObjectNode().put("role", "assistant")
                        .put("content", answer)))).toString());
    }

    private static void reply(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    /** Result helpers for the scripts below (the language has match, not unwrap natives). */
    private static final String RESULTS = """
            func unwrap(r) {
                match r {
                    case Ok(v): { return v }
                    case Err(m): { return "ERR " + m }
                }
            }
            func is_err(r) {
                match r {
                    case Err(m): { return true }
                }
                return false
            }
            func is_ok(r) { return !is_err(r) }
            """;

    private static String run(BackendType backend, String script) {
        return Scripts.run(backend, RESULTS + script);
    }

    private String options(String path, String extra) {
        return "{\"endpoint\": \"" + base + path + "\", \"model\": \"gpt-test\"" + extra + "}";
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void chatSendsOpenAiJsonAndReturnsOk(BackendType backend) {
        assertEquals("""
                true
                200 gpt-test assistant
                You said hello
                """, run(backend, """
                r := ai_chat("hello", %s)
                print(is_ok(r))
                v := unwrap(r)
                print(str(v["status"]) + " " + v["model"] + " " + v["message"]["role"])
                print(v["text"])
                """.formatted(options("/v1/chat/completions",
                ", \"api_key\": \"sk-1\", \"headers\": {\"X-Team\": \"blue\"}, \"body\": {\"temperature\": 0.5}"))));
        JsonNode sent = requests.get(0);
        assertEquals("gpt-test", sent.path("model").asText());
        assertEquals("user", sent.path("messages").get(0).path("role").asText());
        assertEquals("hello", sent.path("messages").get(0).path("content").asText());
        assertEquals(0.5, sent.path("temperature").asDouble());
        assertEquals("Bearer sk-1 blue", authorizations.get(0));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void httpFailuresAreErrValuesNotRaises(BackendType backend) {
        String out = run(backend, """
                r := ai_chat([{"role": "user", "content": "x"}], %s)
                print(is_err(r))
                match r { case Err(m): { print(m) } case Ok(v): { print("ok?") } }
                r2 := ai_chat("x", {"endpoint": "http://127.0.0.1:1/v1", "model": "m"})
                print(is_err(r2))
                """.formatted(options("/v1/limited", "")));
        String[] lines = out.split("\n");
        assertEquals("true", lines[0]);
        assertEquals("ai_chat failed with HTTP status 429: " + "x".repeat(240), lines[1]);
        assertEquals("true", lines[2]);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void streamChatCollectsChunks(BackendType backend) {
        assertEquals("[Hel, lo]\nHello\n", run(backend, """
                v := unwrap(ai_stream_chat("hi", %s))
                print(v["chunks"])
                print(v["text"])
                """.formatted(options("/v1/chat/completions", ""))));
        assertTrue(requests.get(0).path("stream").asBoolean());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void embeddingReturnsTheFirstVector(BackendType backend) {
        assertEquals("[0.5, -1.25, 2]\nembed-1\ntrue\n", run(backend, """
                v := unwrap(ai_embedding(["a", "b"], %s))
                print(v["vector"])
                print(v["model"])
                print(is_err(ai_embedding("a", %s)))
                """.formatted(options("/v1/embeddings", ""), options("/v1/empty-embeddings", ""))));
        assertEquals(2, requests.get(0).path("input").size());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void toolLoopAnswersToolCallsFromToolResults(BackendType backend) {
        assertEquals("2\nIt is 12:00\n4\n", run(backend, """
                v := unwrap(ai_tool_loop("what time is it?", %s))
                print(v["steps"])
                print(v["text"])
                print(len(v["messages"]))
                """.formatted(options("/v1/chat/completions",
                ", \"tool_results\": {\"get_time\": \"12:00\"}, \"body\": {\"tools\": [{\"type\": \"function\"}]}"))));
        JsonNode second = requests.get(1).path("messages");
        assertEquals("tool", second.get(2).path("role").asText());
        assertEquals("call_1", second.get(2).path("tool_call_id").asText());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void argumentShapeProblemsRaise(BackendType backend) {
        assertEquals("""
                ai_chat requires options.endpoint (a non-empty string)
                ai_chat requires options.model (a non-empty string)
                ai_chat options.body cannot set reserved key 'messages'
                ai_tool_loop max_steps must be an integer from 1 to 16
                ai_chat expects 2 arguments, got 1
                ai_embedding input must be a string or a non-empty array of strings
                """, run(backend, """
                try { ai_chat("x", {"model": "m"}) } except e { print(e.message) }
                try { ai_chat("x", {"endpoint": "http://h"}) } except e { print(e.message) }
                try { ai_chat("x", {"endpoint": "http://h", "model": "m", "body": {"messages": []}}) } except e { print(e.message) }
                try { ai_tool_loop("x", {"endpoint": "http://h", "model": "m", "max_steps": 17}) } except e { print(e.message) }
                try { ai_chat("x") } except e { print(e.message) }
                try { ai_embedding(5, {"endpoint": "http://h", "model": "m"}) } except e { print(e.message) }
                """));
    }

    @Test
    void endpointAndKeyFromTheHostOrTheEnvironment() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().grant(Capability.NET_CLIENT)
                .module(new AiModule(base + "/v1/chat/completions", "host-key")).out(out).build()) {
            engine.eval(RESULTS + "print(unwrap(ai_chat(\"a\", {\"model\": \"m\"}))[\"text\"])");
        }
        assertEquals("You said a\n", out.toString());
        assertEquals("Bearer host-key null", authorizations.get(0));
        assertEquals("You said b\n", run(BackendType.VM, """
                env_set("RUFF_AI_ENDPOINT", "%s/v1/chat/completions")
                env_set("RUFF_AI_API_KEY", "env-key")
                print(unwrap(ai_chat("b", {"model": "m"}))["text"])
                """.formatted(base)));
        assertEquals("Bearer env-key null", authorizations.get(1));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void needsNetworkClient(BackendType backend) {
        assertEquals("Capability denied: network-client required for ai_chat; grant it with RuffEngine.builder().grant(Capability.NET_CLIENT)\n",
                Scripts.runGranting(backend, """
                        try { ai_chat("x", {"endpoint": "http://h", "model": "m"}) } except e { print(e.message) }
                        """, Capability.CLOCK));
    }
}
