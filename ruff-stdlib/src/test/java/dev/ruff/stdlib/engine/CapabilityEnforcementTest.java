package dev.ruff.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.spi.Capability;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Capabilities left out make exactly the matching natives fail; the others keep working. */
class CapabilityEnforcementTest {
    @TempDir
    Path dir;

    private String run(BackendType backend, RuffEngine.Builder builder, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder.backend(backend).out(out).build()) {
            engine.eval(source);
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void deniedFileReadFailsWhilePureNativesRun(BackendType backend) throws Exception {
        Path file = Files.writeString(dir.resolve("data.txt"), "secret");
        String script = """
                print(to_upper("still works"))
                try { print(read_file(PATH)) } except e { print(e.message) }
                print(len(split("a,b", ",")))
                """.replace("PATH", "\"" + file.toString().replace("\\", "\\\\") + "\"");
        assertEquals("STILL WORKS\nCapability denied: filesystem-read required for read_file; grant it with RuffEngine.builder().grant(Capability.FS_READ)\n2\n",
                run(backend, RuffEngine.builder(), script));
        assertEquals("STILL WORKS\nsecret\n2\n", run(backend, RuffEngine.builder().grant(Capability.FS_READ), script));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void embeddedDefaultsGrantClockAndRandomButNotEnvironment(BackendType backend) {
        String script = """
                print(type(now()))
                print(type(random()))
                try { env("HOME") } except e { print(e.message) }
                """;
        assertEquals("float\nfloat\nCapability denied: env-read required for env; grant it with RuffEngine.builder().grant(Capability.ENV_READ)\n",
                run(backend, RuffEngine.builder(), script));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void denyAllRemovesTheDefaultsToo(BackendType backend) {
        assertEquals("Capability denied: clock required for now; grant it with RuffEngine.builder().grant(Capability.CLOCK)\n",
                run(backend, RuffEngine.builder().denyAll(),
                        "try { now() } except e { print(e.message) }"));
    }
}
