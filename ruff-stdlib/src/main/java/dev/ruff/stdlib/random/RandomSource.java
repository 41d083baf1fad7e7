package dev.ruff.stdlib.random;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Raw random bits, and the distributions upstream draws from them with Rust {@code rand} 0.8:
 * {@code gen::<f64>()} and {@code gen_range} on 64-bit integers (widening multiply with rejection).
 */
interface RandomSource {

    int nextU32();

    long nextU64();

    /** The unseeded source: not reproducible, so any good generator will do. */
    RandomSource SYSTEM = new RandomSource() {
        @Override
        public int nextU32() {
            return ThreadLocalRandom.current().nextInt();
        }

        @Override
        public long nextU64() {
            return ThreadLocalRandom.current().nextLong();
        }
    };

    /** Uniform in [0, 1) with 53 random bits. */
    default double nextDouble() {
        return (nextU64() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in {@code [low, high]} (requires {@code low <= high}), rand 0.8's {@code sample_single_inclusive}. */
    default long rangeInclusive(long low, long high) {
        long range = high - low + 1; // as u64; 0 means the whole i64 range
        if (range == 0) {
            return nextU64();
        }
        long zone = (range << Long.numberOfLeadingZeros(range)) - 1;
        while (true) {
            long v = nextU64();
            long lo = v * range;
            if (Long.compareUnsigned(lo, zone) <= 0) {
                return low + unsignedMultiplyHigh(v, range);
            }
        }
    }

    /** Uniform index in {@code [0, bound)}, {@code bound > 0}. */
    default long index(long bound) {
        return rangeInclusive(0, bound - 1);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
