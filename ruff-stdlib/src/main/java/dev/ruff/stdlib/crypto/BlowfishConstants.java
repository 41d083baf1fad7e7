package dev.ruff.stdlib.crypto;

import java.math.BigInteger;

/**
 * Blowfish's initial P-array and S-boxes: by definition the hexadecimal digits of the fractional
 * part of pi. Computing them (Machin's formula in fixed point, about 33,000 bits) replaces a
 * thousand-line table of constants and is checked against the well-known first and last words.
 */
final class BlowfishConstants {
    static final int WORDS = 18 + 4 * 256;
    private static final int[] DIGITS = compute();

    private BlowfishConstants() {
    }

    /** A fresh copy of the 1042 words: 18 for P, then S0..S3. */
    static int[] initialState() {
        return DIGITS.clone();
    }

    private static int[] compute() {
        int bits = WORDS * 32 + 64; // 64 guard bits absorb the truncation of every series term
        BigInteger one = BigInteger.ONE.shiftLeft(bits);
        BigInteger pi = arctanInverse(5, one).shiftLeft(4).subtract(arctanInverse(239, one).shiftLeft(2));
        BigInteger fraction = pi.subtract(BigInteger.valueOf(3).shiftLeft(bits)).shiftRight(64);
        int[] words = new int[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = fraction.shiftRight((WORDS - 1 - i) * 32).intValue();
        }
        if (words[0] != 0x243F6A88 || words[WORDS - 1] != 0x3AC372E6) {
            throw new IllegalStateException("pi digits for Blowfish came out wrong");
        }
        return words;
    }

    /** arctan(1/x) scaled by {@code one}, by its Taylor series. */
    private static BigInteger arctanInverse(int x, BigInteger one) {
        BigInteger xSquared = BigInteger.valueOf((long) x * x);
        BigInteger power = one.divide(BigInteger.valueOf(x));
        BigInteger sum = power;
        for (long k = 1; power.signum() != 0; k++) {
            power = power.divide(xSquared);
            BigInteger term = power.divide(BigInteger.valueOf(2 * k + 1));
            sum = (k & 1) == 1 ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }
}
