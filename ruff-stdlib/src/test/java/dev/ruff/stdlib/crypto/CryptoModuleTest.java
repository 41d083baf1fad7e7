package dev.ruff.stdlib.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoModuleTest {
    private final Natives n = new Natives(new CryptoModule());

    @TempDir
    Path dir;

    @Test
    void digests() throws IOException {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", n.call("sha256", ""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", n.call("sha256", "abc"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", n.call("md5", "abc"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72",
                n.call("md5", RuffBytes.wrap("abc".getBytes(StandardCharsets.UTF_8))));
        assertEquals("sha256 requires a string or bytes argument", n.error("sha256", 1L));
        assertEquals("md5 requires a string or bytes argument", n.error("md5"));
        Path f = Files.writeString(dir.resolve("f"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", n.call("sha256_file", f.toString()));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", n.call("md5_file", f.toString()));
        assertEquals("Failed to read file 'nope': No such file or directory (os error 2)", n.error("md5_file", "nope"));
        assertEquals("sha256_file expects 1 arguments, got 0", n.error("sha256_file"));
    }

    @Test
    void fileDigestsNeedReadCapability() {
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: filesystem-read required for md5_file; rerun with --allow-fs-read",
                n.error("md5_file", "x"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", n.call("md5", "abc"));
    }

    @Test
    void bcryptKnownVectorsAndRoundTrip() {
        assertEquals(true, n.call("verify_password", "", "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s."));
        assertEquals(true, n.call("verify_password", "abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"));
        assertEquals(false, n.call("verify_password", "abd", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"));
        String h = (String) n.call("hash_password", "secret");
        assertEquals(60, h.length());
        assertTrue(h.startsWith("$2b$12$"));
        assertEquals(true, n.call("verify_password", "secret", h));
        assertEquals(false, n.call("verify_password", "Secret", h));
        assertEquals("hash_password requires a string argument", n.error("hash_password", 1L));
    }

    @Test
    void bcryptReadsOnlyTheFirst72PasswordBytes() {
        // hashed from 100 'x' with cost 4; bcrypt keys on at most 72 bytes
        String h = "$2b$04$DCq7YPn5Rq63x1Lad4cll.nJmTn/7Df9/c5/AzVmvwunbnvRmjrMC";
        assertEquals(true, n.call("verify_password", "x".repeat(72), h));
        assertEquals(false, n.call("verify_password", "x".repeat(71), h));
    }

    @Test
    void malformedBcryptHashesAreReportedInTheCratesWords() {
        assertEquals("Failed to verify password: Invalid hash: nope", n.error("verify_password", "x", "nope"));
        assertEquals("Failed to verify password: Invalid Cost: 3",
                n.error("verify_password", "x", "$2a$03$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"));
        String badVersion = "$2c$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
        assertEquals("Failed to verify password: Invalid hash: " + badVersion, n.error("verify_password", "x", badVersion));
    }

    @Test
    void base64() {
        assertEquals("aGVsbG8=", n.call("encode_base64", "hello"));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8),
                ((RuffBytes) n.call("decode_base64", "aGVsbG8=")).toByteArray());
        assertEquals("Base64 decode error: Invalid symbol 33, offset 0.", n.error("decode_base64", "!!!!"));
        assertEquals("Base64 decode error: Invalid padding", n.error("decode_base64", "aGVsbG8"));
        assertEquals("Base64 decode error: Invalid input length.", n.error("decode_base64", "aGVsb"));
        assertEquals("Base64 decode error: Invalid last symbol 57, offset 6.", n.error("decode_base64", "aGVsbG9="));
        assertEquals("Base64 decode error: Invalid symbol 61, offset 2.", n.error("decode_base64", "aG=sbG8="));
        assertEquals("Base64 decode error: Invalid symbol 61, offset 0.", n.error("decode_base64", "===="));
        assertEquals("Base64 decode error: Invalid symbol 45, offset 1.", n.error("decode_base64", "a-b_"));
        assertEquals("Base64 decode error: Invalid padding", n.error("decode_base64", "aGVsbG8=="));
        assertEquals("Base64 decode error: Invalid padding", n.error("decode_base64", "aGVsbA"));
        assertArrayEquals(new byte[0], ((RuffBytes) n.call("decode_base64", "")).toByteArray());
        assertEquals("encode_base64 requires a string or bytes argument", n.error("encode_base64", 1L));
    }

    @Test
    void aes() {
        String c1 = (String) n.call("aes_encrypt", "top secret", "key");
        String c2 = (String) n.call("aes_encrypt", "top secret", "key");
        assertNotEquals(c1, c2);
        assertEquals(12 + 10 + 16, Base64.getDecoder().decode(c1).length);
        assertEquals("top secret", n.call("aes_decrypt", c1, "key"));
        assertEquals("top secret", n.call("aes_decrypt_bytes", n.call("aes_encrypt_bytes", "top secret", "k2"), "k2"));
        assertEquals("AES decryption failed: aead::Error", n.error("aes_decrypt", c1, "wrong"));
        assertEquals("Invalid ciphertext: too short", n.error("aes_decrypt", "AAAA", "key"));
        assertTrue(n.error("aes_decrypt", "***", "key").startsWith("Invalid base64 ciphertext: "));
        assertEquals("aes_encrypt requires (plaintext_string, key_string) arguments", n.error("aes_encrypt", "x"));
        assertEquals("aes_encrypt requires (plaintext_string, key_string) arguments", n.error("aes_encrypt", "x", 1L));
        byte[] sealed = AesGcm.seal(new byte[] {(byte) 0xff, 0}, "k".getBytes(StandardCharsets.UTF_8));
        String b64 = Base64.getEncoder().encodeToString(sealed);
        assertEquals("Decrypted data is not valid UTF-8: invalid utf-8 sequence of 1 bytes from index 0",
                n.error("aes_decrypt", b64, "k"));
        assertEquals("/wA=", n.call("aes_decrypt_bytes", b64, "k"));
    }

    @Test
    void rsa() {
        RuffDict keys = (RuffDict) n.call("rsa_generate_keypair", 2048L);
        String priv = (String) keys.get("private");
        String pub = (String) keys.get("public");
        assertTrue(priv.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(pub.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        String ct = (String) n.call("rsa_encrypt", "hello rsa", pub);
        assertEquals("hello rsa", n.call("rsa_decrypt", ct, priv));
        String sig = (String) n.call("rsa_sign", "message", priv);
        assertEquals(sig, n.call("rsa_sign", "message", priv), "PKCS#1 v1.5 signatures are deterministic");
        assertEquals(true, n.call("rsa_verify", "message", sig, pub));
        assertEquals(false, n.call("rsa_verify", "messagE", sig, pub));
        assertEquals("RSA key size must be 2048 or 4096 bits", n.error("rsa_generate_keypair", 1024L));
        assertEquals("rsa_generate_keypair requires an integer (2048 or 4096)", n.error("rsa_generate_keypair"));
        assertTrue(n.error("rsa_encrypt", "x", "not a key").startsWith("Invalid RSA public key: "));
        assertTrue(n.error("rsa_decrypt", ct, pub).startsWith("Invalid RSA private key: "));
        assertEquals("RSA encryption failed: message too long", n.error("rsa_encrypt", "x".repeat(300), pub));
        String otherPriv = (String) ((RuffDict) n.call("rsa_generate_keypair", 2048L)).get("private");
        assertEquals("RSA decryption failed: decryption error", n.error("rsa_decrypt", ct, otherPriv));
    }

    @Test
    void jwt() {
        RuffDict payload = Natives.dict("sub", "user1", "admin", true, "n", 3L);
        String token = (String) n.call("jwt_encode", payload, "secret");
        String[] parts = token.split("\\.");
        assertEquals("{\"typ\":\"JWT\",\"alg\":\"HS256\"}",
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        assertEquals("{\"sub\":\"user1\",\"admin\":true,\"n\":3}",
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        RuffDict back = (RuffDict) n.call("jwt_decode", token, "secret");
        assertEquals("user1", back.get("sub"));
        assertEquals(3L, back.get("n"));
        assertEquals("JWT decoding error: InvalidSignature", n.error("jwt_decode", token, "other"));
        assertEquals("JWT decoding error: InvalidToken", n.error("jwt_decode", "abc", "secret"));
        assertEquals(true, n.call("jwt_verify", token, "secret"));
        assertEquals(false, n.call("jwt_verify", token, "other"));
        assertEquals(false, n.call("jwt_verify", "garbage", "secret"));
        String expired = (String) n.call("jwt_encode", Natives.dict("exp", 1000L), "s");
        assertEquals(1000L, ((RuffDict) n.call("jwt_decode", expired, "s")).get("exp"));
        assertEquals(false, n.call("jwt_verify", expired, "s"));
        String fresh = (String) n.call("jwt_encode", Natives.dict("exp", 99999999999L), "s");
        assertEquals(true, n.call("jwt_verify", fresh, "s"));
        assertEquals("jwt_encode requires (payload_dict, secret_string) arguments", n.error("jwt_encode", "x", "s"));
        String empty = (String) n.call("jwt_encode", payload, "");
        assertEquals(true, n.call("jwt_verify", empty, ""));
    }
}
