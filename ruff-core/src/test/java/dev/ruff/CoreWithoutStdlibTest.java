package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ruff-core's test class path has no ruff-stdlib: the engine must still work, with exactly the
 * core prelude found (ServiceLoader finds no modules).
 */
class CoreWithoutStdlibTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void coreRunsWithOnlyThePreludeWhenStdlibIsAbsent(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            Set<String> modules = new TreeSet<>();
            engine.natives().globals().keySet().forEach(n -> modules.add(engine.natives().moduleOf(n)));
            assertEquals(Set.of("core"), modules);
            engine.eval("mut total := 0\nfor i in range(4) { total := total + i }\nprint(type(total), len(\"abc\"), total)");
            assertEquals("int 3 6\n", out.toString());
            RuffRuntimeError e = assertThrows(RuffRuntimeError.class, () -> engine.eval("abs(-1)"));
            assertEquals("Undefined variable: abs", e.getMessage());
        }
    }
}
