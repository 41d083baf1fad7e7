package dev.ruff.stdlib.http;

import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.os.EnvironmentOverlay;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One blocking HTTP exchange with the limits every HTTP native shares: http/https only, 30 s default
 * timeout, bodies capped at 8 MiB, and the optional {@code deny_private} destination policy.
 */
final class HttpTransport {
    static final long MAX_BODY = 8L * 1024 * 1024;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(DEFAULT_TIMEOUT)
            .build();

    /** A response that was read completely. */
    record Response(int status, byte[] body, Map<String, String> headers) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** Why an exchange failed, in words for the script. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private HttpTransport() {
    }

    static Response send(NativeCall call, String method, String url, Map<String, String> headers, byte[] body,
                         Duration timeout) throws Failure {
        URI uri = checkedUri(url);
        checkDestination(call, uri);
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
        } catch (IllegalArgumentException e) {
            throw new Failure(e.getMessage());
        }
        try {
            HttpResponse<InputStream> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] content;
            try (InputStream in = r.body()) {
                content = in.readNBytes((int) MAX_BODY + 1);
            }
            if (content.length > MAX_BODY) {
                throw new Failure("response body exceeds maximum network body size (" + MAX_BODY + " bytes)");
            }
            Map<String, String> responseHeaders = new TreeMap<>();
            r.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            return new Response(r.statusCode(), content, responseHeaders);
        } catch (HttpTimeoutException e) {
            throw new Failure("operation timed out");
        } catch (IOException e) {
            throw new Failure("error sending request for url (" + url + "): " + dev.ruff.runtime.JavaFailures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private static URI checkedUri(String url) throws Failure {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Failure("invalid URL '" + url + "': " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Failure("unsupported URL scheme '" + scheme + "' (only http and https are allowed)");
        }
        if (uri.getHost() == null) {
            throw new Failure("invalid URL '" + url + "': missing host");
        }
        return uri;
    }

    /** With {@code RUFF_NET_DESTINATION_POLICY=deny_private}, loopback and private addresses are refused. */
    private static void checkDestination(NativeCall call, URI uri) throws Failure {
        String policy = EnvironmentOverlay.of(call.context()).get("RUFF_NET_DESTINATION_POLICY");
        if (!"deny_private".equals(policy)) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || isUniqueLocal(a)) {
                    throw new Failure("destination '" + uri.getHost()
                            + "' is a private address, blocked by RUFF_NET_DESTINATION_POLICY=deny_private");
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new Failure("failed to resolve host '" + uri.getHost() + "'");
        }
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }

    /** Standard reason phrases, since java.net.http does not expose the server's. */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    static List<String> methods() {
        return List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    }
}
