package dev.ruff.stdlib.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.values.Arg;
import dev.ruff.stdlib.values.ValueTree;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HS256 JSON Web Tokens: encode, decode (signature checked, {@code exp} not) and verify. */
final class JwtNatives {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "{\"typ\":\"JWT\",\"alg\":\"HS256\"}";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** A token that does not decode; the message follows the Rust jsonwebtoken crate's error names. */
    private static final class BadToken extends Exception {
        BadToken(String message) {
            super(message, null, false, false);
        }
    }

    private JwtNatives() {
    }

    private static byte[] sign(String signingInput, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } catch (IllegalArgumentException e) {
            // SecretKeySpec refuses an empty key; HMAC with an empty key is still well defined
            return signEmptyKey(signingInput);
        }
    }

    private static byte[] signEmptyKey(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[1], 0, 1, "HmacSHA256") {
                private static final long serialVersionUID = 1L;

                @Override
                public byte[] getEncoded() {
                    return new byte[0];
                }
            });
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object encode(NativeCall call) {
        String secret = Arg.string(call, 1);
        if (call.count() != 2 || !(call.arg(0) instanceof RuffDict payload) || secret == null) {
            throw call.error("jwt_encode requires (payload_dict, secret_string) arguments");
        }
        String claims;
        try {
            claims = JSON.writeValueAsString(ValueTree.toTree(payload, false));
        } catch (ValueTree.UnsupportedValue e) {
            throw call.error("JWT encoding error: Cannot convert " + Display.debug(e.value()) + " to JSON");
        } catch (JsonProcessingException e) {
            throw call.error("JWT encoding error: " + e.getOriginalMessage());
        }
        String input = URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return input + "." + URL.encodeToString(sign(input, secret));
    }

    /** The verified claims of {@code token}. */
    private static JsonNode claims(String token, String secret) throws BadToken {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new BadToken("InvalidToken");
        }
        JsonNode header = json(parts[0]);
        if (!header.isObject() || !"HS256".equals(header.path("alg").asText())) {
            throw new BadToken("InvalidAlgorithm");
        }
        byte[] expected = sign(parts[0] + "." + parts[1], secret);
        if (!MessageDigest.isEqual(expected, base64(parts[2]))) {
            throw new BadToken("InvalidSignature");
        }
        JsonNode claims = json(parts[1]);
        if (!claims.isObject()) {
            throw new BadToken("JSON error: invalid type: expected a map");
        }
        return claims;
    }

    private static byte[] base64(String part) throws BadToken {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new BadToken("Base64 error: " + e.getMessage());
        }
    }

    private static JsonNode json(String part) throws BadToken {
        try {
            return JSON.readTree(base64(part));
        } catch (java.io.IOException e) {
            throw new BadToken("JSON error: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static Object decode(NativeCall call) {
        String token = Arg.string(call, 0);
        String secret = Arg.string(call, 1);
        if (call.count() != 2 || token == null || secret == null) {
            throw call.error("jwt_decode requires (token_string, secret_string) arguments");
        }
        try {
            return ValueTree.fromTree(claims(token, secret));
        } catch (BadToken e) {
            throw call.error("JWT decoding error: " + e.getMessage());
        }
    }

    /** True only for a well-formed token with a valid signature whose {@code exp}, if any, is in the future. */
    static Object verify(NativeCall call) {
        String token = Arg.string(call, 0);
        String secret = Arg.string(call, 1);
        if (token == null || secret == null) {
            return false;
        }
        try {
            JsonNode exp = claims(token, secret).get("exp");
            if (exp == null) {
                return true;
            }
            return exp.isNumber() && exp.asDouble() > System.currentTimeMillis() / 1000.0;
        } catch (BadToken e) {
            return false;
        }
    }
}
