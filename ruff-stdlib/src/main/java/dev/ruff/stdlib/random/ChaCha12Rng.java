package dev.ruff.stdlib.random;

/**
 * The generator behind upstream's seeded randomness, bit for bit: Rust {@code rand} 0.8
 * {@code StdRng} (ChaCha with 12 rounds, 64-bit block counter, stream 0) created by
 * {@code seed_from_u64} (the seed bytes come from PCG32), read through a 64-word block buffer
 * the way rand_core's {@code BlockRng} does. Not thread-safe; callers synchronize.
 */
final class ChaCha12Rng implements RandomSource {
    private static final int DOUBLE_ROUNDS = 6;
    private static final int BUFFER_WORDS = 64; // rand_chacha computes four blocks at a time

    private final int[] key = new int[8];
    private long counter;
    private final int[] buffer = new int[BUFFER_WORDS];
    private int index = BUFFER_WORDS;

    ChaCha12Rng(long seed) {
        long state = seed;
        for (int i = 0; i < 8; i++) {
            // PCG32 step: advance first, then the XSH-RR output function
            state = state * 6364136223846793005L + 0xA176_54E4_6FBE_17F3L;
            int xorShifted = (int) (((state >>> 18) ^ state) >>> 27);
            int rot = (int) (state >>> 59);
            key[i] = Integer.rotateRight(xorShifted, rot);
        }
    }

    @Override
    public int nextU32() {
        if (index >= BUFFER_WORDS) {
            refill();
            index = 0;
        }
        return buffer[index++];
    }

    @Override
    public long nextU64() {
        if (index < BUFFER_WORDS - 1) {
            long lo = buffer[index] & 0xFFFF_FFFFL;
            long hi = buffer[index + 1] & 0xFFFF_FFFFL;
            index += 2;
            return (hi << 32) | lo;
        }
        if (index >= BUFFER_WORDS) {
            refill();
            index = 2;
            return ((buffer[1] & 0xFFFF_FFFFL) << 32) | (buffer[0] & 0xFFFF_FFFFL);
        }
        // one word left: it becomes the low half, the next buffer's first word the high half
        long lo = buffer[BUFFER_WORDS - 1] & 0xFFFF_FFFFL;
        refill();
        index = 1;
        return ((buffer[0] & 0xFFFF_FFFFL) << 32) | lo;
    }

    private void refill() {
        for (int block = 0; block < 4; block++) {
            block(counter + block, block * 16);
        }
        counter += 4;
    }

    private void block(long blockCounter, int offset) {
        int[] x = new int[16];
        x[0] = 0x61707865;
        x[1] = 0x3320646e;
        x[2] = 0x79622d32;
        x[3] = 0x6b206574;
        System.arraycopy(key, 0, x, 4, 8);
        x[12] = (int) blockCounter;
        x[13] = (int) (blockCounter >>> 32);
        x[14] = 0;
        x[15] = 0;
        int[] w = x.clone();
        for (int i = 0; i < DOUBLE_ROUNDS; i++) {
            quarter(w, 0, 4, 8, 12);
            quarter(w, 1, 5, 9, 13);
            quarter(w, 2, 6, 10, 14);
            quarter(w, 3, 7, 11, 15);
            quarter(w, 0, 5, 10, 15);
            quarter(w, 1, 6, 11, 12);
            quarter(w, 2, 7, 8, 13);
            quarter(w, 3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) {
            buffer[offset + i] = w[i] + x[i];
        }
    }

    private static void quarter(int[] s, int a, int b, int c, int d) {
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 16);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 12);
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 8);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 7);
    }
}
