package dev.ruff.stdlib.random;

/**
 * One engine's random generator: seeded and reproducible after {@code set_random_seed}, system
 * randomness otherwise. Kept per engine through {@code NativeContext.state}; synchronized because
 * threads of one engine share it.
 */
public final class RandomState {
    private ChaCha12Rng seeded;

    synchronized void seed(long seed) {
        seeded = new ChaCha12Rng(seed);
    }

    synchronized void clearSeed() {
        seeded = null;
    }

    synchronized double nextDouble() {
        return source().nextDouble();
    }

    synchronized long rangeInclusive(long low, long high) {
        return source().rangeInclusive(low, high);
    }

    synchronized long index(long bound) {
        return source().index(bound);
    }

    private RandomSource source() {
        return seeded != null ? seeded : RandomSource.SYSTEM;
    }
}
