package dev.ruff.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service modules with an index install when one of their names is first looked up, and the table
 * then holds exactly what installing every module at once would have given.
 */
class NativeRegistryOnFirstUseTest {
    private URLClassLoader loader;
    private NativeRegistry registry;

    @BeforeEach
    void serviceFileListingTheTestModules(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + RuffModule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n",
                IndexedTestModules.Counting.class.getName(),
                IndexedTestModules.Shadowed.class.getName(),
                IndexedTestModules.Unindexed.class.getName(),
                IndexedTestModules.Later.class.getName(),
                IndexedTestModules.Stale.class.getName()) + "\n");
        loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        IndexedTestModules.COUNTING_REGISTERS.set(0);
        IndexedTestModules.SHADOWED_REGISTERS.set(0);
        registry = new NativeRegistry();
        registry.installServiceModulesOnFirstUse(loader);
    }

    @AfterEach
    void closeLoader() throws IOException {
        loader.close();
    }

    @Test
    void indexedModuleRegistersAtTheFirstLookupOfOneOfItsNames() {
        assertEquals(0, IndexedTestModules.COUNTING_REGISTERS.get());
        NativeFunction two = assertInstanceOf(NativeFunction.class, registry.lookup("lazy_two"));
        assertEquals("lazy_two", two.name());
        assertEquals(1, IndexedTestModules.COUNTING_REGISTERS.get());
        assertSame(registry.lookup("lazy_one"), registry.lookup("lazy_alias"));
        assertEquals("counting", registry.moduleOf("lazy_one"));
        assertEquals("A constant.", registry.doc("LAZY_CONSTANT"));
        assertEquals(1, IndexedTestModules.COUNTING_REGISTERS.get());
    }

    @Test
    void hostModuleInstalledAfterTheServiceModulesStillWins() {
        registry.install(new RuffModule() {
            @Override
            public String name() {
                return "host";
            }

            @Override
            public void register(NativeRegistry r) {
                r.constant("shared", "from host", "Replaces the service module's.");
            }
        });
        assertEquals("from host", registry.lookup("shared"));
        assertEquals(0, IndexedTestModules.SHADOWED_REGISTERS.get(), "nothing of the shadowed module was needed");
        assertEquals("own", registry.lookup("shadowed_own"));
        assertEquals(1, IndexedTestModules.SHADOWED_REGISTERS.get());
        assertEquals("from host", registry.lookup("shared"));
        assertEquals("host", registry.moduleOf("shared"));
    }

    @Test
    void laterServiceModuleWinsOverAnEarlierOneInstalledAtOnce() {
        assertEquals("from later", registry.lookup("overridden"));
        assertEquals("later", registry.moduleOf("overridden"));
    }

    @Test
    void nameMissingFromAnOutOfDateIndexIsStillFound() {
        assertEquals("unlisted", registry.lookup("stale_unlisted"));
        assertEquals("listed", registry.lookup("stale_listed"));
    }

    @Test
    void unknownNameIsStillMissingAndListingShowsEveryModulesNames() {
        assertNull(registry.lookup("no_such_native"));
        assertTrue(registry.globals().keySet().containsAll(List.of("lazy_one", "lazy_two", "lazy_alias",
                "LAZY_CONSTANT", "shared", "shadowed_own", "overridden", "stale_listed", "stale_unlisted")));
        assertEquals("from later", registry.globals().get("overridden"));
        assertEquals(1, IndexedTestModules.COUNTING_REGISTERS.get());
    }

    @Test
    void concurrentFirstLookupsRegisterEachModuleOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return List.of(registry.lookup("lazy_one"), registry.lookup("shadowed_own"),
                            registry.lookup("overridden"), registry.lookup("LAZY_CONSTANT"));
                }));
            }
            start.countDown();
            Object one = registry.lookup("lazy_one");
            for (Future<List<Object>> result : results) {
                assertEquals(List.of(one, "own", "from later", "constant"), result.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, IndexedTestModules.COUNTING_REGISTERS.get());
            assertEquals(1, IndexedTestModules.SHADOWED_REGISTERS.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
