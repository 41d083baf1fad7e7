package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Int dict keys have the same text whether or not it comes from the cache. */
class IntKeyTextTest {
    @Test
    void matchesLongToStringInAndOutOfTheCache() {
        for (long k : new long[] {0, 7, 65535, 65536, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertEquals(Long.toString(k), IntKeyText.of(k));
        }
        assertSame(IntKeyText.of(42), IntKeyText.of(42));
        assertEquals("12", Indexing.dictKey(12L));
    }
}
