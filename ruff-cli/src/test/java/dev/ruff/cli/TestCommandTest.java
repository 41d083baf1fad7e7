package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Files.writeString(cases.resolve("c_error.out"), """
                x
                [RUFVM001] [vm] Runtime Error: Undefined variable: nope
                  --> c_error.ruff:2:6
                   |
                 2 | y := nope
                   |      ^
                """);
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
        CliOutcome r = ruff(dir, "test", "cases", "--interpreter");
        assertEquals(0, r.exitCode(), r.out());
        assertEquals("2 passed, 0 failed\n", r.out());
    }

    @Test
    void runtimeBothRunsEveryCaseOnEachBackendAndLabelsTheFailures() {
        CliOutcome r = ruff(dir, "test", "cases", "--runtime", "both");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("FAIL [vm] b_fail: line 2: expected \"3\" got \"2\"\n"
                + "FAIL [interpreter] b_fail: line 2: expected \"3\" got \"2\"\n4 passed, 2 failed\n", r.out());
    }

    @Test
    void unknownRuntimeIsAUsageError() {
        CliOutcome r = ruff(dir, "test", "cases", "--runtime", "jit");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --runtime must be vm, interpreter or both, not 'jit'"), r.err());
    }

    @Test
    void updateRewritesTheOutOfFailingCasesOnlyAndTheyPassAfterwards() throws IOException {
        String passingBefore = Files.readString(dir.resolve("cases/a_pass.out"));
        CliOutcome r = ruff(dir, "test", "cases", "--update");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("UPDATED b_fail.out\n"), r.out());
        assertEquals("1\n2\n", Files.readString(dir.resolve("cases/b_fail.out")));
        assertEquals(passingBefore, Files.readString(dir.resolve("cases/a_pass.out")));
        try (var left = Files.list(dir.resolve("cases"))) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".update-")).count());
        }
        assertEquals(0, ruff(dir, "test", "cases").exitCode());
    }

    @Test
    void folderWithoutCasesIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliOutcome r = ruff(dir, "test", "empty");
        assertEquals(2, r.exitCode());
        assertEquals(true, r.err().startsWith("error: No cases in empty"), r.err());
    }

    @Test
    void eachCaseRunsInItsOwnFolderOnBothBackends() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("suite/files"));
        Files.writeString(suite.resolve("data.txt"), "from the case folder");
        Files.writeString(dir.resolve("data.txt"), "from the folder ruff was started in");
        Files.writeString(suite.resolve("reads.ruff"), """
                print(read_file("data.txt"))
                write_file("written.txt", "x", true)
                """);
        Files.writeString(suite.resolve("reads.out"), "from the case folder\n");
        CliOutcome r = ruff(dir, "test", "suite/files", "--runtime", "both");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals("2 passed, 0 failed\n", r.out());
        assertTrue(Files.isRegularFile(suite.resolve("written.txt")));
        assertTrue(Files.notExists(dir.resolve("written.txt")));
    }
}
