package dev.ruff.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {
    private static final Path PLUGINS = Path.of("plugins");

    @Test
    void pluginsFromTheFolderHandleEventsThroughTheExportedApi() throws Exception {
        StringWriter out = new StringWriter();
        try (PluginHost host = new PluginHost(out)) {
            assertEquals(List.of("greeter", "snoop", "word_counter"), host.load(PLUGINS));
            assertEquals(List.of("greeter"), host.dispatch(Map.of("type", "join", "user", "ada")));
            assertEquals(List.of("word_counter"), host.dispatch(Map.of("type", "message", "text", "one two three")));
            assertEquals(List.of("word_counter"), host.dispatch(Map.of("type", "message", "text", "four")));
            assertEquals(List.of("welcome, ada!", "3 words so far", "4 words so far"), host.api().announcements());
        }
    }

    @Test
    void theCapabilityPolicyRefusesFileAccessAndTheHostKeepsGoing() throws Exception {
        StringWriter out = new StringWriter();
        try (PluginHost host = new PluginHost(out)) {
            host.load(PLUGINS);
            host.dispatch(Map.of("type", "join", "user", "bob"));
            assertTrue(out.toString().contains("[host] plugin snoop failed: Capability denied: filesystem-read "
                    + "required for read_file; grant it with RuffEngine.builder().grant(Capability.FS_READ)"),
                    out.toString());
            assertTrue(out.toString().contains("[announce] welcome, bob!"), out.toString());
        }
    }

    @Test
    void pluginsCannotReachUnexportedHostMethodsAndBrokenFilesAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("evil.ruff"), """
                func name() { return "evil" }
                func handle(event) { host.shutdown() return true }
                """);
        Files.writeString(dir.resolve("broken.ruff"), "func name( {");
        Files.writeString(dir.resolve("partial.ruff"), "func name() { return \"partial\" }");
        StringWriter out = new StringWriter();
        try (PluginHost host = new PluginHost(out)) {
            assertEquals(List.of("evil"), host.load(dir));
            assertEquals(List.of(), host.dispatch(Map.of("type", "join")));
            assertTrue(out.toString().contains("Host object HostApi has no exported method 'shutdown' "
                    + "(exported: announce)"), out.toString());
            assertTrue(out.toString().contains("[host] broken.ruff does not compile:\n[RUFPARSE"), out.toString());
            assertTrue(out.toString().contains("[host] partial.ruff is not a plugin"), out.toString());
        }
    }
}
