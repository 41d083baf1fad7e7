package dev.ruff.stdlib.crypto;

import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.values.Arg;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** AES-256-GCM and RSA (OAEP-SHA256 encryption, PKCS#1 v1.5 SHA-256 signatures). */
final class CipherNatives {
    /** Rust's {@code rsa} crate uses SHA-256 for MGF1 too; Java's default OAEP would use SHA-1 there. */
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private CipherNatives() {
    }

    private static String[] strings(NativeCall call, int n, String shape) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = Arg.string(call, i);
            if (out[i] == null || call.count() != n) {
                throw call.error(call.name() + " requires " + shape + " arguments");
            }
        }
        return out;
    }

    static Object aesEncrypt(NativeCall call) {
        String[] a = strings(call, 2, "(plaintext_string, key_string)");
        byte[] sealed = AesGcm.seal(a[0].getBytes(StandardCharsets.UTF_8), a[1].getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sealed);
    }

    /** Decrypts; {@code lenientText} returns non-UTF-8 plaintext base64-encoded instead of raising. */
    static Object aesDecrypt(NativeCall call, boolean lenientText) {
        String[] a = strings(call, 2, "(ciphertext_string, key_string)");
        byte[] data = base64(call, a[0], "ciphertext");
        if (data.length < AesGcm.NONCE) {
            throw call.error("Invalid ciphertext: too short");
        }
        byte[] plain = AesGcm.open(data, a[1].getBytes(StandardCharsets.UTF_8));
        if (plain == null) {
            throw call.error("AES decryption failed: aead::Error");
        }
        String problem = Utf8Check.problem(plain);
        if (problem == null) {
            return new String(plain, StandardCharsets.UTF_8);
        }
        if (lenientText) {
            return Base64.getEncoder().encodeToString(plain);
        }
        throw call.error("Decrypted data is not valid UTF-8: " + problem);
    }

    static Object rsaGenerate(NativeCall call) {
        if (call.count() != 1 || !(call.arg(0) instanceof Long bits)) {
            throw call.error("rsa_generate_keypair requires an integer (2048 or 4096)");
        }
        if (bits != 2048 && bits != 4096) {
            throw call.error("RSA key size must be 2048 or 4096 bits");
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits.intValue());
            KeyPair pair = g.generateKeyPair();
            RuffDict d = new RuffDict();
            d.putInPlace("private", Pem.privateKey(pair.getPrivate()));
            d.putInPlace("public", Pem.publicKey(pair.getPublic()));
            return d;
        } catch (GeneralSecurityException e) {
            throw call.error("RSA key generation failed: " + e.getMessage());
        }
    }

    /** Strict base64 {@code text}, or {@code Invalid base64 <what>: <reason>}. */
    private static byte[] base64(NativeCall call, String text, String what) {
        try {
            return StrictBase64.decode(text);
        } catch (StrictBase64.DecodeError e) {
            throw call.error("Invalid base64 " + what + ": " + e.getMessage());
        }
    }

    private static PublicKey publicKey(NativeCall call, String pem) {
        try {
            return Pem.readPublic(pem);
        } catch (Pem.BadKey e) {
            throw call.error("Invalid RSA public key: " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(NativeCall call, String pem) {
        try {
            return Pem.readPrivate(pem);
        } catch (Pem.BadKey e) {
            throw call.error("Invalid RSA private key: " + e.getMessage());
        }
    }

    static Object rsaEncrypt(NativeCall call) {
        String[] a = strings(call, 2, "(plaintext_string, public_key_pem)");
        PublicKey key = publicKey(call, a[1]);
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.ENCRYPT_MODE, key, OAEP);
            return Base64.getEncoder().encodeToString(c.doFinal(a[0].getBytes(StandardCharsets.UTF_8)));
        } catch (javax.crypto.IllegalBlockSizeException e) {
            throw call.error("RSA encryption failed: message too long");
        } catch (GeneralSecurityException e) {
            throw call.error("RSA encryption failed: " + e.getMessage());
        }
    }

    static Object rsaDecrypt(NativeCall call) {
        String[] a = strings(call, 2, "(ciphertext_base64, private_key_pem)");
        PrivateKey key = privateKey(call, a[1]);
        byte[] data = base64(call, a[0], "ciphertext");
        byte[] plain;
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.DECRYPT_MODE, key, OAEP);
            plain = c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw call.error("RSA decryption failed: decryption error");
        }
        String problem = Utf8Check.problem(plain);
        if (problem != null) {
            throw call.error("Decrypted data is not valid UTF-8: " + problem);
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    static Object rsaSign(NativeCall call) {
        String[] a = strings(call, 2, "(message_string, private_key_pem)");
        PrivateKey key = privateKey(call, a[1]);
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(a[0].getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw call.error("RSA signing failed: " + e.getMessage());
        }
    }

    static Object rsaVerify(NativeCall call) {
        String[] a = strings(call, 3, "(message_string, signature_base64, public_key_pem)");
        PublicKey key = publicKey(call, a[2]);
        byte[] signature = base64(call, a[1], "signature");
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(a[0].getBytes(StandardCharsets.UTF_8));
            return s.verify(signature);
        } catch (SignatureException e) {
            return false; // wrong length or malformed signature: it does not verify
        } catch (GeneralSecurityException e) {
            throw call.error("RSA verification failed: " + e.getMessage());
        }
    }
}
