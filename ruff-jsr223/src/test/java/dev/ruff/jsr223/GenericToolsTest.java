package dev.ruff.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generic javax.script tools drive Ruff with nothing but its jars on their class path: the JDK's
 * {@code jrunscript} and Apache Ant's {@code <script language="ruff" manager="javax">}. Each test is skipped,
 * saying why, when its tool is not installed ({@code .ci/run} installs Ant).
 */
class GenericToolsTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out) {
    }

    private static Path tool(String name) {
        Path inJdk = Path.of(System.getProperty("java.home"), "bin", name);
        if (Files.isExecutable(inJdk)) {
            return inJdk;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tool timed out");
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void jrunscriptEvaluatesAnExpressionAndAFile() throws Exception {
        Path jrunscript = tool("jrunscript");
        assumeTrue(jrunscript != null, "jrunscript is not part of this JDK (it was removed in JDK 15 and later)");
        String cp = TestClassPath.runtimeClassPath();
        Result expression = run(List.of(jrunscript.toString(), "-cp", cp, "-l", "ruff", "-e", "print(\"hi\")"));
        assertEquals(0, expression.exit(), expression.out());
        assertTrue(expression.out().lines().anyMatch("hi"::equals), expression.out());

        Path script = Files.writeString(dir.resolve("script.ruff"), """
                total := 0
                for a in args() { total := total + to_int(a) }
                print("sum ${total}")
                """);
        Result file = run(List.of(jrunscript.toString(), "-cp", cp, "-l", "ruff", "-f", script.toString(), "4", "5"));
        assertEquals(0, file.exit(), file.out());
        assertTrue(file.out().lines().anyMatch("sum 9"::equals), file.out());
    }

    @Test
    void antRunsARuffScriptTask() throws Exception {
        Path ant = tool("ant");
        assumeTrue(ant != null, "Apache Ant is not installed (apt-get install ant; .ci/run installs it)");
        List<String> cp = new ArrayList<>();
        for (Path entry : TestClassPath.runtimeEntries()) {
            cp.add("<pathelement location=\"" + entry + "\"/>");
        }
        Files.writeString(dir.resolve("build.xml"), """
                <project name="ruff-in-ant" default="run">
                  <path id="ruff.path">
                    CLASSPATH
                  </path>
                  <target name="run">
                    <script language="ruff" manager="javax" classpathref="ruff.path"><![CDATA[
                      parts := ["hello", "from", "ruff"]
                      print(join(parts, " "))
                    ]]></script>
                  </target>
                </project>
                """.replace("CLASSPATH", String.join("\n", cp)));
        Result result = run(List.of(ant.toString(), "-noinput", "-f", "build.xml"));
        assertEquals(0, result.exit(), result.out());
        assertTrue(result.out().contains("[script] hello from ruff"), result.out());
        assertTrue(result.out().contains("BUILD SUCCESSFUL"), result.out());
    }
}
