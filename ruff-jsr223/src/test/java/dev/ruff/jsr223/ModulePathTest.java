package dev.ruff.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.junit.jupiter.api.Test;

/**
 * The same artifacts as named modules: ruff-core exports only the host API, and a module layer built from
 * them runs scripts through JSR-223 with the standard library found as a service. (The rest of the suite
 * runs them on the plain class path.)
 */
class ModulePathTest {
    private static ModuleFinder finder() {
        Path[] entries = TestClassPath.runtimeEntries().toArray(Path[]::new);
        return ModuleFinder.of(entries);
    }

    @Test
    void coreExportsOnlyTheHostApiAndItsInternalsOnlyToTheStandardLibrary() {
        ModuleDescriptor core = finder().find("dev.ruff").orElseThrow().descriptor();
        Set<String> open = core.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("dev.ruff", "dev.ruff.spi", "dev.ruff.diag", "dev.ruff.host"), open);
        Set<String> qualified = core.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .peek(e -> assertEquals(Set.of("dev.ruff.stdlib"), e.targets(), e.source()))
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("dev.ruff.runtime", "dev.ruff.async", "dev.ruff.exec"), qualified);
        assertTrue(core.packages().containsAll(Set.of("dev.ruff.vm", "dev.ruff.interp", "dev.ruff.parse")));
        assertEquals(Set.of(), finder().find("dev.ruff.stdlib").orElseThrow().descriptor().exports());
    }

    @Test
    void aModuleLayerRunsRuffThroughJavaxScript() throws Exception {
        Configuration config = ModuleLayer.boot().configuration()
                .resolveAndBind(finder(), ModuleFinder.of(), Set.of("dev.ruff.jsr223"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Module core = layer.findModule("dev.ruff").orElseThrow();
        Module stdlib = layer.findModule("dev.ruff.stdlib").orElseThrow();
        assertFalse(core.isExported("dev.ruff.runtime"));
        assertTrue(core.isExported("dev.ruff.runtime", stdlib));
        ClassLoader loader = layer.findLoader("dev.ruff.jsr223");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // as the application class loader of a modular application
        try {
            ScriptEngineFactory factory = (ScriptEngineFactory) loader.loadClass("dev.ruff.jsr223.RuffScriptEngineFactory")
                    .getConstructor().newInstance();
            assertEquals(layer.findModule("dev.ruff.jsr223").orElseThrow(), factory.getClass().getModule());
            ScriptEngine engine = factory.getScriptEngine();
            StringWriter out = new StringWriter();
            engine.getContext().setWriter(out);
            assertEquals(2L, engine.eval("1 + 1"));
            engine.eval("print(to_upper(\"stdlib\"), len([1, 2]))");
            assertEquals("STDLIB 2\n", out.toString());
            ((AutoCloseable) engine).close();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
