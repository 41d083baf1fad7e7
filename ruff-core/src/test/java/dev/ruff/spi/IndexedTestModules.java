package dev.ruff.spi;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Service modules for {@link NativeRegistryOnFirstUseTest}. Their indexes are test resources
 * ({@code META-INF/ruff-natives.txt}); no services file lists them, so no engine finds them except
 * through the test's own class loader.
 */
public final class IndexedTestModules {
    /** How often each module's register ran. */
    static final AtomicInteger COUNTING_REGISTERS = new AtomicInteger();
    static final AtomicInteger SHADOWED_REGISTERS = new AtomicInteger();

    private IndexedTestModules() {
    }

    private static NativeBody returning(Object value) {
        return call -> value;
    }

    /** Indexed: counts its registrations. */
    public static final class Counting implements RuffModule {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public void register(NativeRegistry r) {
            COUNTING_REGISTERS.incrementAndGet();
            r.function("lazy_one", Arity.exact(0), Capability.NONE, "One.", returning(1L));
            r.function("lazy_two", Arity.exact(0), Capability.NONE, "Two.", returning(2L));
            r.alias("lazy_alias", "lazy_one");
            r.constant("LAZY_CONSTANT", "constant", "A constant.");
        }
    }

    /** Indexed, and its "shared" name is registered again by a host module installed after it. */
    public static final class Shadowed implements RuffModule {
        @Override
        public String name() {
            return "shadowed";
        }

        @Override
        public void register(NativeRegistry r) {
            SHADOWED_REGISTERS.incrementAndGet();
            r.constant("shared", "from shadowed", "Replaced by the host.");
            r.constant("shadowed_own", "own", "Not replaced.");
        }
    }

    /** Not indexed (installed at once); "overridden" is registered again by {@link Later}. */
    public static final class Unindexed implements RuffModule {
        @Override
        public String name() {
            return "unindexed";
        }

        @Override
        public void register(NativeRegistry r) {
            r.constant("overridden", "from unindexed", "Replaced by Later.");
        }
    }

    /** Indexed and listed after {@link Unindexed}, so its "overridden" wins although it installs later. */
    public static final class Later implements RuffModule {
        @Override
        public String name() {
            return "later";
        }

        @Override
        public void register(NativeRegistry r) {
            r.constant("overridden", "from later", "Wins.");
        }
    }

    /** Its index is out of date: it lists "stale_listed" but not "stale_unlisted". */
    public static final class Stale implements RuffModule {
        @Override
        public String name() {
            return "stale";
        }

        @Override
        public void register(NativeRegistry r) {
            r.constant("stale_listed", "listed", "In the index.");
            r.constant("stale_unlisted", "unlisted", "Missing from the index.");
        }
    }
}
