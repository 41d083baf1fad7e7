package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service file lists every module and every native carries a doc line. */
class ModuleCatalogueTest {

    @Test
    void serviceLoaderFindsTheModulesAndAllNativesAreDocumented() {
        NativeRegistry registry = new NativeRegistry();
        List<RuffModule> modules = registry.installServiceModules(getClass().getClassLoader());
        List<String> names = modules.stream().map(RuffModule::name).toList();
        assertTrue(names.containsAll(List.of("strings", "arrays", "sequences", "higher-order", "sets", "queues",
                "stacks", "dicts", "math", "conversion", "assertions", "json", "regex", "random")), names.toString());
        for (String name : registry.globals().keySet()) {
            String doc = registry.doc(name);
            assertFalse(doc == null || doc.isBlank(), "no doc for " + name);
            assertFalse(doc.contains("\n"), "doc of " + name + " is not one line");
        }
        for (String expected : List.of("to_upper", "substr", "pad_start", "push", "Set", "queue_size", "keys",
                "PI", "bit_shl", "to_int", "bytes", "assert_contains", "to_json_pretty", "regex_split", "uuid_v4")) {
            assertTrue(registry.globals().containsKey(expected), expected);
        }
        assertEquals(registry.lookup("substring"), registry.lookup("substr"));
    }
}
