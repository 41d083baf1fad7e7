package dev.ruff.runtime;

import java.security.SecureRandom;

/**
 * Keyed hashes (SipHash-1-3 under a random per-process key) for the keys of a {@link RuffDict} that
 * has met a flood of colliding keys. {@code String.hashCode} and {@code Long.hashCode} are public
 * functions whose collisions anyone can list ({@code "Aa"} and {@code "BB"}; {@code 0} and
 * {@code 1L << 32 | 1}), so a table probed by them degrades to a linear search under crafted input
 * (JSON from the network, say); these hashes cannot be predicted without the key.
 */
final class KeyHash {
    private long v0;
    private long v1;
    private long v2;
    private long v3;

    /** The per-process key, drawn when first needed. */
    private static final class Key {
        static final long K0;
        static final long K1;

        static {
            SecureRandom random = new SecureRandom();
            K0 = random.nextLong();
            K1 = random.nextLong();
        }
    }

    private KeyHash() {
        v0 = Key.K0 ^ 0x736f6d6570736575L;
        v1 = Key.K1 ^ 0x646f72616e646f6dL;
        v2 = Key.K0 ^ 0x6c7967656e657261L;
        v3 = Key.K1 ^ 0x7465646279746573L;
    }

    /** The keyed hash of a string's UTF-16 code units. */
    static int text(String s) {
        KeyHash h = new KeyHash();
        int n = s.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h.absorb(s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        long last = (long) (2 * n) << 56; // the length in bytes, mod 256, tops the last block
        for (int shift = 0; i < n; i++, shift += 16) {
            last |= (long) s.charAt(i) << shift;
        }
        return h.finish(last);
    }

    /** The keyed hash of an int key (its 8 bytes). */
    static int integer(long key) {
        KeyHash h = new KeyHash();
        h.absorb(key);
        return h.finish(8L << 56);
    }

    private void absorb(long m) {
        v3 ^= m;
        round();
        v0 ^= m;
    }

    private int finish(long lastBlock) {
        absorb(lastBlock);
        v2 ^= 0xff;
        round();
        round();
        round();
        long h = v0 ^ v1 ^ v2 ^ v3;
        return (int) (h ^ h >>> 32);
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
