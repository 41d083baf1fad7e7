package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void cases() throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.createDirectories(cases.resolve("modules"));
        // passes: imports from cases/modules/ (relative to the case's folder), timing span dropped
        Files.writeString(cases.resolve("a_pass.ruff"), "from modules.util import hi\nprint(hi + \" (took ~3ms)\")\n");
        Files.writeString(cases.resolve("modules/util.ruff"), "export let hi := \"hi\"\n");
        Files.writeString(cases.resolve("a_pass.out"), "hi\n");
        // fails on its second line
        Files.writeString(cases.resolve("b_fail.ruff"), "print(1)\nprint(2)\n");
        Files.writeString(cases.resolve("b_fail.out"), "1\n3\n");
        // stderr is compared after stdout
        Files.writeString(cases.resolve("c_error.ruff"), "print(\"x\")\ny := nope\n");
        Files.writeString(cases.resolve("c_error.out"),
                "x\n[RUFRUN001] [runtime] Runtime Error: Undefined variable: nope\n  --> cases/c_error.ruff:2:6\n");
        // no .out: not a case
        Files.writeString(cases.resolve("d_ignored.ruff"), "print(1)\n");
    }

    @Test
    void reportsFailuresAndSummaryAndExits1() {
        CliOutcome r = ruff(dir, "test", "cases", "--interpreter");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("FAIL b_fail: line 2: expected \"3\" got \"2\"\n2 passed, 1 failed\n", r.out());
    }

    @Test
    void listPassingPrintsOnlyPassingNamesAndExits0() {
        CliOutcome r = ruff(dir, "test", "cases", "--list-passing", "--interpreter");
        assertEquals(0, r.exitCode());
        assertEquals("a_pass\nc_error\n", r.out());
        assertEquals("2 passed, 1 failed\n", r.err());
    }

    @Test
    void allPassingExits0() throws IOException {
        Files.delete(dir.resolve("cases/b_fail.out"));
        // The golden c_error.out holds the interpreter's error header, so every run here picks that backend.
        CliOutcome r = ruff(dir, "test", "cases", "--interpreter");
        assertEquals(0, r.exitCode(), r.out());
        assertEquals("2 passed, 0 failed\n", r.out());
    }

    @Test
    void folderWithoutCasesIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliOutcome r = ruff(dir, "test", "empty");
        assertEquals(2, r.exitCode());
        assertEquals(true, r.err().startsWith("error: No cases in empty"), r.err());
    }
}
