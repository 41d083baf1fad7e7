package dev.ruff.stdlib.random;

import static dev.ruff.stdlib.Natives.arr;
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

    @Test
    void seedingIsReproducibleAndPerEngine() {
        n.call("set_random_seed", 7.9);
        Object a = n.call("random_choice", arr(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        String id = (String) n.call("random_id", 12L);
        n.call("set_random_seed", 7L);
        assertEquals(a, n.call("random_choice", arr(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)));
        assertEquals(id, n.call("random_id", 12L));
        Natives other = new Natives(new RandomModule());
        other.call("set_random_seed", 7L);
        n.call("clear_random_seed");
        assertEquals(a, other.call("random_choice", arr(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)));
    }

    @Test
    void rangesAndShapes() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            long v = (Long) n.call("random_int", 1L, 3.9);
            assertTrue(v >= 1 && v <= 3);
            seen.add(v);
            double d = (Double) n.call("random");
            assertTrue(d >= 0 && d < 1);
        }
        assertEquals(Set.of(1L, 2L, 3L), seen);
        assertEquals(5L, n.call("random_int", 5L, 5L));
        assertEquals(0L, n.call("random_choice", arr()));
        assertTrue(((String) n.call("random_id", 20L)).matches("[a-z0-9]{20}"));
        assertEquals("", n.call("random_id", 0L));
        String uuid = (String) n.call("uuid_v4");
        assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertNotEquals(uuid, n.call("uuid_v4"));
        assertEquals(-1L, RandomModule.seedBits(-1L));
        assertEquals(0L, RandomModule.seedBits(-3.5));
        assertEquals(-1L, RandomModule.seedBits(1e30));
    }

    @Test
    void errors() {
        assertEquals("random() expects 0 arguments, got 1", n.error("random", 1L));
        assertEquals("random_int() expects 2 arguments (min, max), got 1", n.error("random_int", 1L));
        assertEquals("random_int requires number arguments", n.error("random_int", 1L, "2"));
        assertEquals("random_int() requires min <= max, got 5 and 1", n.error("random_int", 5L, 1L));
        assertEquals("random_choice() expects 1 argument (array), got 0", n.error("random_choice"));
        assertEquals("random_choice requires an array argument", n.error("random_choice", "abc"));
        assertEquals("random_id requires an integer length argument", n.error("random_id", 2.0));
        assertEquals("random_id length must be >= 0", n.error("random_id", -1L));
        assertEquals("set_random_seed() expects 1 argument (seed), got 0", n.error("set_random_seed"));
        assertEquals("set_random_seed requires a number argument", n.error("set_random_seed", "1"));
        assertEquals("clear_random_seed() expects 0 arguments, got 1", n.error("clear_random_seed", 1L));
        assertEquals("uuid_v4() expects 0 arguments, got 1", n.error("uuid_v4", 1L));
    }

    @Test
    void needsTheRandomCapability() {
        Natives denied = new Natives(new TestContext(EnumSet.noneOf(Capability.class)), new RandomModule());
        assertEquals("Capability denied: random required for random; rerun with --allow-random", denied.error("random"));
        assertEquals("Capability denied: random required for set_random_seed; rerun with --allow-random",
                denied.error("set_random_seed", 1L));
    }
}
