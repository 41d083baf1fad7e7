package dev.ruff.stdlib.crypto;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** PEM text for RSA keys: PKCS#8 {@code PRIVATE KEY} and SPKI {@code PUBLIC KEY}, LF line endings. */
final class Pem {
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    /** A key that could not be read; the message says why. */
    static final class BadKey extends Exception {
        BadKey(String message) {
            super(message, null, false, false);
        }
    }

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static String privateKey(PrivateKey key) {
        return encode(PRIVATE, key.getEncoded());
    }

    static String publicKey(PublicKey key) {
        return encode(PUBLIC, key.getEncoded());
    }

    private static byte[] der(String pem, String label) throws BadKey {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new BadKey("expected a PEM block labelled '" + label + "'");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
        } catch (IllegalArgumentException ex) {
            throw new BadKey("PEM Base64 error: " + ex.getMessage());
        }
    }

    static PrivateKey readPrivate(String pem) throws BadKey {
        try {
            return rsa().generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
        } catch (InvalidKeySpecException e) {
            throw new BadKey("invalid PKCS#8 key: " + e.getMessage());
        }
    }

    static PublicKey readPublic(String pem) throws BadKey {
        try {
            return rsa().generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC)));
        } catch (InvalidKeySpecException e) {
            throw new BadKey("invalid SPKI key: " + e.getMessage());
        }
    }

    private static KeyFactory rsa() {
        try {
            return KeyFactory.getInstance("RSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }
}
