package dev.ruff.stdlib.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.values.Arg;
import dev.ruff.stdlib.values.ValueTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/** OAuth2 authorization-code helpers: building the authorization URL and exchanging the code. */
final class OAuth2Natives {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OAuth2Natives() {
    }

    private static String[] strings(NativeCall call, int n, String shape) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = Arg.string(call, i);
            if (out[i] == null) {
                throw call.error(call.name() + " requires " + shape + " string arguments");
            }
        }
        return out;
    }

    /** RFC 3986 percent-encoding: everything but unreserved characters (space becomes %20, not +). */
    static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    static Object authUrl(NativeCall call) {
        String[] a = strings(call, 4, "(client_id, redirect_uri, auth_url, scope)");
        byte[] state = new byte[16];
        RANDOM.nextBytes(state);
        return a[2] + "?client_id=" + percentEncode(a[0]) + "&redirect_uri=" + percentEncode(a[1])
                + "&response_type=code&scope=" + percentEncode(a[3]) + "&state=" + HexFormat.of().formatHex(state);
    }

    static Object getToken(NativeCall call) {
        String[] a = strings(call, 5, "(code, client_id, client_secret, token_url, redirect_uri)");
        String form = "grant_type=authorization_code&code=" + percentEncode(a[0]) + "&redirect_uri=" + percentEncode(a[4])
                + "&client_id=" + percentEncode(a[1]) + "&client_secret=" + percentEncode(a[2]);
        HttpTransport.Response r;
        try {
            r = HttpTransport.send(call, "POST", a[3], Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "Accept", "application/json"), form.getBytes(StandardCharsets.UTF_8), HttpTransport.DEFAULT_TIMEOUT);
        } catch (HttpTransport.Failure e) {
            throw call.error("OAuth2 token request failed: " + e.getMessage());
        }
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (!r.isSuccess()) {
            throw call.error("OAuth2 token request failed with status " + r.status() + ": " + body);
        }
        try {
            JsonNode tree = JSON.readTree(body);
            return ValueTree.fromTree(tree);
        } catch (IOException e) {
            throw call.error("Failed to parse OAuth2 token response: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
