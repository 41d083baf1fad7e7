package dev.ruff.stdlib.ai;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code ai_chat}, {@code ai_stream_chat}, {@code ai_embedding} and {@code ai_tool_loop}: OpenAI-style
 * JSON over HTTP (java.net.http), returning {@code Ok(dict)} or {@code Err(message)}; need
 * {@code network-client}.
 *
 * <p>The endpoint and API key come from the call's options; failing that from the host (pass
 * {@code new AiModule(endpoint, apiKey)} to the engine builder, which replaces the service-loaded
 * module); failing that from the environment variables {@code RUFF_AI_ENDPOINT} and
 * {@code RUFF_AI_API_KEY} when the script may read the environment ({@code env-read}).</p>
 */
public final class AiModule implements RuffModule {
    private final AiDefaults defaults;

    /** The module as the service loader creates it: no host defaults. */
    public AiModule() {
        this(null, null);
    }

    /**
     * A module whose calls use {@code endpoint} and {@code apiKey} when the script's options leave them out.
     *
     * @param endpoint the chat/embeddings URL, or {@code null}
     * @param apiKey   the bearer token, or {@code null}
     */
    public AiModule(String endpoint, String apiKey) {
        this.defaults = new AiDefaults(endpoint, apiKey);
    }

    @Override
    public String name() {
        return "ai";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability net = Capability.NET_CLIENT;
        r.function("ai_chat(prompt_or_messages, options)", Arity.exact(2), net,
                "Chat completion: (prompt_or_messages, {endpoint, model, api_key?, timeout?, headers?, body?}) -> Result.",
                call -> AiNatives.chat(call, defaults));
        r.function("ai_stream_chat(prompt_or_messages, options)", Arity.exact(2), net,
                "Chat completion sent with stream: true, read whole; Ok dict carries the chunks.",
                call -> AiNatives.streamChat(call, defaults));
        r.function("ai_embedding(input, options)", Arity.exact(2), net,
                "Embedding of a string or strings: Ok dict carries the vector of data[0].",
                call -> AiNatives.embedding(call, defaults));
        r.function("ai_tool_loop(prompt_or_messages, options)", Arity.exact(2), net,
                "Chat with tool calls answered from options.tool_results, up to max_steps (1-16, default 4) round trips.",
                call -> AiNatives.toolLoop(call, defaults));
    }
}
