package dev.ruff.runtime;

/**
 * The decimal text of int dict keys (dicts store int keys as text, see {@link RuffDict}), cached for
 * small non-negative ints: loops over {@code d[i]} then reuse one String per key, with its hash
 * already computed, instead of formatting and hashing a fresh one on every access.
 */
final class IntKeyText {
    private static final int CACHED = 1 << 16; // at most 256 KB of table plus the strings actually used
    /** Filled lazily; racing threads at worst format the same key twice. */
    private static final String[] TEXT = new String[CACHED];

    private IntKeyText() {
    }

    static String of(long key) {
        if (key >= 0 && key < CACHED) {
            String s = TEXT[(int) key];
            if (s == null) {
                s = TEXT[(int) key] = Long.toString(key);
            }
            return s;
        }
        return Long.toString(key);
    }
}
