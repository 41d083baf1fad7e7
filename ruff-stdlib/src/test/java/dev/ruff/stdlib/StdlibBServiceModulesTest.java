package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service file lists this branch's modules and every native they register is documented. */
class StdlibBServiceModulesTest {
    private static final Set<String> MINE = Set.of("time", "env", "path", "argparse", "kv", "filesystem", "crypto",
            "process", "zip", "dataformats", "http-client");

    @Test
    void serviceLoaderFindsTheModulesAndEveryNativeHasADoc() {
        NativeRegistry registry = new NativeRegistry();
        List<RuffModule> modules = registry.installServiceModules(getClass().getClassLoader());
        Set<String> names = modules.stream().map(RuffModule::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(MINE), names.toString());
        long count = 0;
        for (var e : registry.globals().entrySet()) {
            if (MINE.contains(registry.moduleOf(e.getKey())) && e.getValue() instanceof NativeFunction f) {
                assertFalse(registry.doc(e.getKey()).isBlank(), e.getKey());
                assertFalse(f.doc().contains("\n"), e.getKey());
                count++;
            }
        }
        // STDLIB.md §4 T1+T2 of these sections: 6 + 14 + 25 (args() is core) + 23 + 4 + 20 + 5 + 10, aliases included
        assertEquals(107, count);
    }
}
