package dev.ruff.stdlib.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * bcrypt (Provos and Mazières' Eksblowfish password hash) producing and checking
 * {@code $2b$<cost>$<22 salt chars><31 hash chars>} strings, 60 characters long.
 */
final class Bcrypt {
    private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int[] MAGIC = words("OrpheanBeholderScryDoubt".getBytes(StandardCharsets.US_ASCII));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash string that is not valid bcrypt. */
    static final class InvalidHash extends Exception {
        InvalidHash(String message) {
            super(message, null, false, false);
        }
    }

    private final int[] p = new int[18];
    private final int[] s = new int[1024];

    private Bcrypt() {
        int[] init = BlowfishConstants.initialState();
        System.arraycopy(init, 0, p, 0, 18);
        System.arraycopy(init, 18, s, 0, 1024);
    }

    /** Hashes {@code password} with a random salt. */
    static String hash(String password, int cost) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return hash(password, cost, salt, "2b");
    }

    static String hash(String password, int cost, byte[] salt, String version) {
        byte[] digest = digest(key(password), salt, cost);
        return "$" + version + "$" + (cost < 10 ? "0" : "") + cost + "$"
                + encode(salt, 16) + encode(digest, 23);
    }

    /** Whether {@code password} matches {@code hash}; malformed hashes raise {@link InvalidHash}. */
    static boolean verify(String password, String hash) throws InvalidHash {
        if (hash.length() != 60 || hash.charAt(0) != '$' || hash.charAt(3) != '$' || hash.charAt(6) != '$') {
            throw new InvalidHash("Invalid hash: " + hash);
        }
        String version = hash.substring(1, 3);
        if (!version.equals("2a") && !version.equals("2b") && !version.equals("2x") && !version.equals("2y")) {
            throw new InvalidHash("Invalid hash: " + hash);
        }
        int cost;
        try {
            cost = Integer.parseInt(hash.substring(4, 6));
        } catch (NumberFormatException e) {
            throw new InvalidHash("Invalid hash: " + hash);
        }
        if (cost < 4 || cost > 31) {
            throw new InvalidHash("Invalid Cost: " + cost);
        }
        byte[] salt = decode(hash.substring(7, 29), 16);
        String expected = hash(password, cost, salt, version);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The password bytes with their terminating NUL, capped at bcrypt's 72-byte key. */
    private static byte[] key(String password) {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        byte[] k = Arrays.copyOf(utf8, utf8.length + 1);
        return k.length > 72 ? Arrays.copyOf(k, 72) : k;
    }

    private static byte[] digest(byte[] key, byte[] salt, int cost) {
        Bcrypt b = new Bcrypt();
        b.expand(salt, key);
        long rounds = 1L << cost;
        for (long i = 0; i < rounds; i++) {
            b.expand(null, key);
            b.expand(null, salt);
        }
        int[] text = MAGIC.clone();
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < text.length; j += 2) {
                b.encipher(text, j);
            }
        }
        byte[] out = new byte[24];
        for (int i = 0; i < text.length; i++) {
            out[4 * i] = (byte) (text[i] >>> 24);
            out[4 * i + 1] = (byte) (text[i] >>> 16);
            out[4 * i + 2] = (byte) (text[i] >>> 8);
            out[4 * i + 3] = (byte) text[i];
        }
        return Arrays.copyOf(out, 23); // bcrypt keeps only 23 of the 24 bytes
    }

    /** Blowfish key schedule; with a salt, the salt is mixed into every block (Eksblowfish). */
    private void expand(byte[] salt, byte[] key) {
        int[] keyPos = {0};
        for (int i = 0; i < 18; i++) {
            p[i] ^= nextWord(key, keyPos);
        }
        int[] block = {0, 0};
        int[] saltPos = {0};
        for (int i = 0; i < 18; i += 2) {
            mixSalt(block, salt, saltPos);
            encipher(block, 0);
            p[i] = block[0];
            p[i + 1] = block[1];
        }
        for (int i = 0; i < 1024; i += 2) {
            mixSalt(block, salt, saltPos);
            encipher(block, 0);
            s[i] = block[0];
            s[i + 1] = block[1];
        }
    }

    private static void mixSalt(int[] block, byte[] salt, int[] pos) {
        if (salt != null) {
            block[0] ^= nextWord(salt, pos);
            block[1] ^= nextWord(salt, pos);
        }
    }

    private static int nextWord(byte[] data, int[] pos) {
        int w = 0;
        for (int i = 0; i < 4; i++) {
            w = (w << 8) | (data[pos[0]] & 0xff);
            pos[0] = (pos[0] + 1) % data.length;
        }
        return w;
    }

    private int f(int x) {
        return ((s[x >>> 24] + s[256 | ((x >>> 16) & 0xff)]) ^ s[512 | ((x >>> 8) & 0xff)]) + s[768 | (x & 0xff)];
    }

    private void encipher(int[] block, int off) {
        int l = block[off];
        int r = block[off + 1];
        l ^= p[0];
        for (int i = 1; i <= 16; i += 2) {
            r ^= f(l) ^ p[i];
            l ^= f(r) ^ p[i + 1];
        }
        block[off] = r ^ p[17];
        block[off + 1] = l;
    }

    private static int[] words(byte[] bytes) {
        int[] w = new int[bytes.length / 4];
        int[] pos = {0};
        for (int i = 0; i < w.length; i++) {
            w[i] = nextWord(bytes, pos);
        }
        return w;
    }

    /** bcrypt's own base64 (its alphabet, no padding) of the first {@code len} bytes. */
    static String encode(byte[] d, int len) {
        StringBuilder sb = new StringBuilder();
        int off = 0;
        while (off < len) {
            int c1 = d[off++] & 0xff;
            sb.append(ALPHABET.charAt((c1 >> 2) & 0x3f));
            c1 = (c1 & 0x03) << 4;
            if (off >= len) {
                sb.append(ALPHABET.charAt(c1));
                break;
            }
            int c2 = d[off++] & 0xff;
            c1 |= (c2 >> 4) & 0x0f;
            sb.append(ALPHABET.charAt(c1));
            c1 = (c2 & 0x0f) << 2;
            if (off >= len) {
                sb.append(ALPHABET.charAt(c1));
                break;
            }
            c2 = d[off++] & 0xff;
            c1 |= (c2 >> 6) & 0x03;
            sb.append(ALPHABET.charAt(c1));
            sb.append(ALPHABET.charAt(c2 & 0x3f));
        }
        return sb.toString();
    }

    /** Decodes bcrypt base64 into {@code len} bytes. */
    static byte[] decode(String text, int len) throws InvalidHash {
        byte[] out = new byte[len];
        int bitBuffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < text.length() && n < len; i++) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                throw new InvalidHash("Invalid hash: invalid salt character '" + text.charAt(i) + "'");
            }
            bitBuffer = (bitBuffer << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (bitBuffer >>> bits);
            }
        }
        return out;
    }
}
