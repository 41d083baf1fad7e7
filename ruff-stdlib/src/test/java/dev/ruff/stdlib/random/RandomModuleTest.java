package dev.ruff.stdlib.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomModuleTest {
    private final Natives n = new Natives(new RandomModule());

    @Test
    void seededSequenceMatchesUpstreamGolden() {
        // upstream test_stdlib_random.out, seed 12345
        assertEquals(RuffNull.NULL, n.call("set_random_seed", 12345L));
        assertEquals(0.3059322923730783, n.call("random"));
        assertEquals(6L, n.call("random_int", 1L, 10L));
        assertEquals(-2L, n.call("random_int", -5L, 5L));
    }
}
