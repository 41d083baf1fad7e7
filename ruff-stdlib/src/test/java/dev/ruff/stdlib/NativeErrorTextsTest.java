package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.RuffEngine;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeFunction;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages speak Ruff (issue: Java class names leaked into messages): every native of the standard library is
 * called with bad inputs (missing files, paths under a regular file, text that is not a number, JSON, base64 …,
 * wrong types, negative numbers), and no error message may name a Java class, carry a Java stack trace or a
 * Java library's own wording for a parse failure.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NativeErrorTextsTest {
    /** Natives that wait for the user or the clock, or end the run, whatever their arguments. */
    private static final Set<String> SKIPPED = Set.of("exit", "input", "sleep", "async_sleep", "wait", "quit",
            "read_line", "getpass", "prompt");
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "java\\.|javax\\.|Exception|\\tat |For input string|NumberFormat|Unrecognized token|Illegal base64"
                    + "|Unexpected character \\(|: null$|^null$");

    @TempDir
    Path dir;

    @Test
    void noNativeErrorNamesAJavaClass() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not json {");
        String underFile = file.resolve("x").toString().replace("\\", "/");
        String missing = dir.resolve("missing/none.txt").toString().replace("\\", "/");
        List<String> values = List.of("\"" + missing + "\"", "\"" + underFile + "\"", "\"abc\"", "\"\"", "\"12x\"",
                "\"{bad json\"", "\"%%%\"", "-1", "1.5", "null", "[]", "{}", "[\"abc\", -1]");
        // only reading capabilities: a native must never write or delete with these arguments
        assertSpeaksRuff(dir, values, Capability.FS_READ, Capability.ENV_READ, Capability.CLOCK, Capability.RANDOM);
    }

    @Test
    void noWritingNativeErrorNamesAJavaClass() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        // paths below a regular file can never be created, whoever runs the test: writes and deletes fail
        String underFile = file.resolve("x").toString().replace("\\", "/");
        List<String> values = List.of("\"" + underFile + "\"", "\"" + underFile + "/y.zip\"", "-1", "null", "[]", "{}");
        assertSpeaksRuff(dir, values, Capability.FS_READ, Capability.FS_WRITE, Capability.FS_DELETE, Capability.DATABASE);
    }

    // the engine works in the test's folder: natives that write beside themselves (kv_set) stay out of the tree
    private static void assertSpeaksRuff(Path workingDirectory, List<String> values, Capability... granted) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().denyAll().grant(granted).workingDirectory(workingDirectory)
                .out(out).err(out).build()) {
            Map<String, NativeFunction> natives = new TreeMap<>();
            engine.natives().globals().forEach((name, v) -> {
                if (v instanceof NativeFunction nf && !SKIPPED.contains(name) && name.equals(nf.name())) {
                    natives.put(name, nf);
                }
            });
            StringBuilder script = new StringBuilder();
            for (NativeFunction nf : natives.values()) {
                for (int argc : argumentCounts(nf.arity())) {
                    for (String value : values) {
                        List<String> args = new ArrayList<>();
                        for (int i = 0; i < argc; i++) {
                            args.add(values.get((values.indexOf(value) + i) % values.size()));
                        }
                        String call = nf.name() + "(" + String.join(", ", args) + ")";
                        script.append("try { ").append(call).append(" } except e { print(\"")
                                .append(call.replace("\\", "\\\\").replace("\"", "\\\""))
                                .append(" => \" + e.message) }\n");
                    }
                }
            }
            engine.eval(script.toString());
        }
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String line : out.toString().split("\n")) {
            int arrow = line.indexOf(" => ");
            if (arrow >= 0) {
                checked++;
                if (JAVA_WORDS.matcher(line.substring(arrow + 4)).find()) {
                    leaks.add(line);
                }
            }
        }
        assertTrue(checked > 500, "only " + checked + " calls failed: the harness did not reach the natives");
        assertTrue(leaks.isEmpty(), leaks.size() + " messages speak Java:\n" + String.join("\n", leaks));
    }

    private static List<Integer> argumentCounts(Arity arity) {
        if (arity instanceof Arity.Exact e) {
            return List.of(e.n());
        }
        if (arity instanceof Arity.Range r) {
            return List.of(r.min(), r.max());
        }
        if (arity instanceof Arity.AtLeast a) {
            return List.of(Math.max(1, a.min()), a.min() + 1);
        }
        return List.of(1, 2);
    }
}
