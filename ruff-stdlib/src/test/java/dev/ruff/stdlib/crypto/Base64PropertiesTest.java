package dev.ruff.stdlib.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.stdlib.Natives;
import java.util.Base64;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class Base64PropertiesTest {
    private final Natives n = new Natives(new CryptoModule());

    @Property
    void bytesRoundTripThroughBase64(@ForAll byte[] data) {
        String text = (String) n.call("encode_base64", RuffBytes.wrap(data));
        assertEquals(Base64.getEncoder().encodeToString(data), text);
        assertArrayEquals(data, ((RuffBytes) n.call("decode_base64", text)).toByteArray());
    }

    @Property
    void stringsRoundTripThroughBase64(@ForAll String s) {
        String text = (String) n.call("encode_base64", s);
        byte[] back = ((RuffBytes) n.call("decode_base64", text)).toByteArray();
        assertArrayEquals(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), back);
    }

    @Property
    void decodingAcceptsOnlyCanonicalTextAndOtherwiseNamesTheFault(
            @ForAll @StringLength(max = 12) @CharRange(from = 'A', to = 'D') @Chars({'g', 'Q', '=', '!'}) String text) {
        try {
            byte[] bytes = ((RuffBytes) n.call("decode_base64", text)).toByteArray();
            assertEquals(text, Base64.getEncoder().encodeToString(bytes));
        } catch (RuffRuntimeError e) {
            assertTrue(e.getMessage().matches("Base64 decode error: (Invalid symbol \\d+, offset \\d+\\."
                    + "|Invalid input length\\.|Invalid padding|Invalid last symbol \\d+, offset \\d+\\.)"),
                    e.getMessage());
        }
    }

    @Property
    void digestsAreLowerCaseHexOfTheRightLength(@ForAll byte[] data) {
        String sha = (String) n.call("sha256", RuffBytes.wrap(data));
        assertEquals(64, sha.length());
        assertEquals(sha, HexFormat.of().formatHex(HexFormat.of().parseHex(sha)));
        assertEquals(32, ((String) n.call("md5", RuffBytes.wrap(data))).length());
    }

    @Property(tries = 200)
    void aesRoundTrips(@ForAll String plaintext, @ForAll String key) {
        assertEquals(plaintext, n.call("aes_decrypt", n.call("aes_encrypt", plaintext, key), key));
    }
}
