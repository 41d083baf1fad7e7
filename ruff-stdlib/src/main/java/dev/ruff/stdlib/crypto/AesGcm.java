package dev.ruff.stdlib.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with key = SHA-256(key text) and a random 12-byte nonce prefixed to ciphertext‖tag. */
final class AesGcm {
    static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    private static Cipher cipher(int mode, byte[] keyText, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(Digests.sha256(keyText), "AES"), new GCMParameterSpec(128, nonce));
        return c;
    }

    static byte[] seal(byte[] plaintext, byte[] keyText) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyText, nonce).doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext, or {@code null} when authentication fails (wrong key or tampered data). */
    static byte[] open(byte[] nonceAndSealed, byte[] keyText) {
        try {
            return cipher(Cipher.DECRYPT_MODE, keyText, Arrays.copyOf(nonceAndSealed, NONCE))
                    .doFinal(nonceAndSealed, NONCE, nonceAndSealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
