package dev.ruff.stdlib.http;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/** Synchronous HTTP client natives on java.net.http; all but oauth2_auth_url need {@code network-client}. */
public final class HttpClientModule implements RuffModule {

    @Override
    public String name() {
        return "http-client";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability net = Capability.NET_CLIENT;
        r.function("http_get(url)", Arity.exact(1), net, "GET a URL; returns {status, body}.",
                call -> SimpleHttpNatives.withoutBody(call, "GET"));
        r.function("http_post(url, body)", Arity.exact(2), net, "POST a JSON string; returns {status, body}.",
                call -> SimpleHttpNatives.withBody(call, "POST"));
        r.function("http_put(url, body)", Arity.exact(2), net, "PUT a JSON string; returns {status, body}.",
                call -> SimpleHttpNatives.withBody(call, "PUT"));
        r.function("http_delete(url)", Arity.exact(1), net, "DELETE a URL; returns {status, body}.",
                call -> SimpleHttpNatives.withoutBody(call, "DELETE"));
        r.function("http_request(url_or_request, options?)", Arity.unchecked(), net,
                "Any HTTP request from (url, options) or (request); returns Ok(response) or Err(message).",
                RequestNative::call);
        r.function("http_get_binary(url)", Arity.exact(1), net, "GET a URL as bytes; raises on a non-2xx status.",
                call -> SimpleHttpNatives.binary(call, "HTTP GET"));
        r.function("http_get_stream(url)", Arity.exact(1), net, "GET a whole body as bytes; raises on a non-2xx status.",
                call -> SimpleHttpNatives.binary(call, "HTTP GET stream"));
        r.function("parallel_http(urls)", Arity.exact(1), net,
                "GET many URLs concurrently; results in input order, failures embedded.", SimpleHttpNatives::parallel);
        r.function("oauth2_auth_url(client_id, redirect_uri, auth_url, scope)", Arity.exact(4), Capability.NONE,
                "Builds an OAuth2 authorization-code URL with a random state.", call -> OAuth2Natives.authUrl(call));
        r.function("oauth2_get_token(code, client_id, client_secret, token_url, redirect_uri)", Arity.exact(5), net,
                "Exchanges an OAuth2 authorization code for a token dict.", call -> OAuth2Natives.getToken(call));
    }
}
