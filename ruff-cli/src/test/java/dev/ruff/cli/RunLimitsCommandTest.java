package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ruff run} limit flags: {@code --timeout}, {@code --max-depth}, the size limits. */
class RunLimitsCommandTest {
    @TempDir
    Path dir;

    private void write(String name, String source) throws IOException {
        Files.writeString(dir.resolve(name), source);
    }

    @Test
    void timeoutStopsAnEndlessLoopWithExit4() throws IOException {
        write("spin.ruff", "print(\"started\")\nwhile true {}\n");
        String[][] runs = {{"run", "--timeout", "1", "spin.ruff"}, {"run", "--interpreter", "--timeout", "1", "spin.ruff"}};
        for (String[] args : runs) {
            long start = System.nanoTime();
            CliOutcome r = ruff(dir, args);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(4, r.exitCode(), r.err());
            assertEquals("started\n", r.out());
            assertTrue(r.err().contains("Script timed out after 1 s"), r.err());
            assertTrue(millis < 10_000, "stopped after " + millis + " ms");
        }
    }

    @Test
    void catastrophicRegexEndsWellWithinTheTimeout() throws IOException {
        write("redos.ruff", "print(regex_match(repeat(\"a\", 30) + \"!\", \"(.*a){20}b\"))\n");
        CliOutcome r = ruff(dir, "run", "--timeout", "1", "redos.ruff");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("false\n", r.out());
        write("redos-loop.ruff", "while true { regex_match(repeat(\"a\", 30) + \"!\", \"(.*a){20}b\") }\n");
        assertEquals(4, ruff(dir, "run", "--timeout", "0.5", "redos-loop.ruff").exitCode());
    }

    @Test
    void fileAccessConfinedToFolders() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/in.txt"), "inside");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        // absolute paths: the in-process CLI shares the test JVM's working directory
        String d = dir.toString().replace("\\", "\\\\");
        write("confined.ruff", """
                print(read_file("D/data/in.txt"))
                write_file("D/data/out.txt", "written", true)
                try { read_file("D/data/../secret.txt") } except e { print(e.message) }
                try { write_file("D/elsewhere.txt", "x") } except e { print(e.message) }
                """.replace("D/", d + "/"));
        String data = dir.resolve("data").toString();
        CliOutcome r = ruff(dir, "run", "--untrusted", "--allow-fs-read-in", data, "--allow-fs-write-in=" + data,
                "confined.ruff");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("inside", lines[0]);
        assertTrue(lines[1].startsWith("Access denied: read_file may not use ") && lines[1].contains("outside the folders "
                + "granted for filesystem-read"), r.out());
        assertTrue(lines[2].startsWith("Access denied: write_file may not use ") && lines[2].contains("filesystem-write"),
                r.out());
        assertEquals("written", Files.readString(dir.resolve("data/out.txt")));
        assertTrue(Files.notExists(dir.resolve("elsewhere.txt")));
        // a trusted run is narrowed by a folder too
        CliOutcome trusted = ruff(dir, "run", "--allow-fs-read-in", data, "confined.ruff");
        assertEquals(0, trusted.exitCode(), trusted.err());
        assertTrue(trusted.out().split("\n")[1].startsWith("Access denied: read_file"), trusted.out());
    }

    @Test
    void maxDepthLimitsRecursion() throws IOException {
        write("deep.ruff", "func down(n) { return down(n + 1) }\ndown(0)\n");
        CliOutcome r = ruff(dir, "run", "--max-depth", "100", "deep.ruff");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("Maximum call stack depth of 100 exceeded"), r.err());
    }

    @Test
    void sizeFlagsLimitStringsCollectionsStepsAndOutput() throws IOException {
        write("grow.ruff", "s := \"ab\"\nwhile true { s = s + s }\n");
        CliOutcome r = ruff(dir, "run", "--max-string-length", "1000", "grow.ruff");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("String too long: 1024 characters exceed the limit of 1000"), r.err());
        write("range.ruff", "x := range(0, 2000000000)\n");
        r = ruff(dir, "run", "--max-collection-size", "1000", "range.ruff");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("Collection too large"), r.err());
        write("steps.ruff", "loop {}\n");
        assertEquals(4, ruff(dir, "run", "--max-steps", "10000", "steps.ruff").exitCode());
        write("spam.ruff", "loop { print(\"spam\") }\n");
        r = ruff(dir, "run", "--max-output", "100", "spam.ruff");
        assertEquals(4, r.exitCode());
        assertTrue(r.out().length() <= 100);
        assertTrue(r.err().contains("Output limit of 100 characters exceeded"), r.err());
    }

    @Test
    void oversizedAndEndlessScriptFilesAreRefusedUnread() throws IOException {
        write("big.ruff", "x := 1\n".repeat(1_000));
        CliOutcome r = ruff(dir, "run", "--max-source-size", "1000", "big.ruff");
        assertEquals(5, r.exitCode());
        assertTrue(r.err().contains("larger than the source size limit of 1000 bytes"), r.err());
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero));
        r = ruff(dir, "run", zero.toString());
        assertEquals(5, r.exitCode());
        assertTrue(r.err().contains("larger than the source size limit"), r.err());
    }

    @Test
    void badLimitValuesAreUsageErrors() throws IOException {
        write("ok.ruff", "print(1)\n");
        assertEquals(2, ruff(dir, "run", "--timeout", "0", "ok.ruff").exitCode());
        assertEquals(2, ruff(dir, "run", "--max-depth", "-1", "ok.ruff").exitCode());
        assertEquals(2, ruff(dir, "run", "--timeout", "soon", "ok.ruff").exitCode());
    }
}
