package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void cleanScriptPrintsNothingAndExits0() throws IOException {
        Files.writeString(dir.resolve("ok.ruff"), "print(undefined_is_fine_until_run)\n");
        CliOutcome r = ruff(dir, "check", "ok.ruff");
        assertEquals(0, r.exitCode());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void resolverFindingsAreReportedWithoutRunningAndExit1() throws IOException {
        Files.writeString(dir.resolve("w.ruff"), "print(\"ran\")\nbreak\n");
        CliOutcome r = ruff(dir, "check", "w.ruff");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("""
                [RUFRES001] [resolver] error: break can only be used inside a loop
                  --> w.ruff:2:1
                   |
                 2 | break
                   | ^
                  = help: Fix the binding error and rerun Ruff.
                """, r.err());
    }

    @Test
    void syntaxErrorsExit3() throws IOException {
        Files.writeString(dir.resolve("bad.ruff"), "let := 1\n");
        CliOutcome r = ruff(dir, "check", "bad.ruff");
        assertEquals(3, r.exitCode());
        assertEquals("", r.out());
        assertEquals(true, r.err().startsWith("[RUFPARSE"), r.err());
        assertEquals(true, r.err().contains("  --> bad.ruff:1:"), r.err());
    }

    @Test
    void missingFileExits5() {
        CliOutcome r = ruff(dir, "check", "nope.ruff");
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'nope.ruff': No such file or directory\n", r.err());
    }
}
