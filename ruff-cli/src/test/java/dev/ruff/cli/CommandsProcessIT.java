package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the packaged jar as a user runs it: exit status, stdout and stderr (LANGUAGE.md §5). */
class CommandsProcessIT {
    @TempDir
    Path dir;

    private void write(String name, String source) throws IOException {
        Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
    }

    private RuffProcess.Result ruff(String... args) throws Exception {
        return RuffProcess.run(dir, "", args);
    }

    @Test
    void runPrintsAndExits0() throws Exception {
        write("hello.ruff", "print(\"Hello, ✓\")\n");
        RuffProcess.Result r = ruff("run", "hello.ruff");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Hello, ✓\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void unknownFlagExits2() throws Exception {
        RuffProcess.Result r = ruff("run", "--no-such-flag", "x.ruff");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Unknown option: '--no-such-flag'\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void everyCommandRejectsAnUnknownFlagWithExit2() throws Exception {
        for (String command : new String[] {"run", "repl", "check", "test-run", "test", "natives", "version"}) {
            RuffProcess.Result r = ruff(command, "--no-such-flag");
            assertEquals(2, r.exitCode(), command + ": " + r.err());
            assertEquals("", r.out(), command);
            assertTrue(r.err().startsWith("error: Unknown option: '--no-such-flag'\n"), command + ": " + r.err());
        }
    }

    @Test
    void checkReportsEveryFileWithADiagnosticAndHelpExplainsACommand() throws Exception {
        write("one.ruff", "x := (1 +\n");
        write("two.ruff", "print(\"fine\")\ny := ]\n");
        RuffProcess.Result check = ruff("check", "one.ruff", "two.ruff");
        assertEquals(3, check.exitCode(), check.err());
        assertEquals("", check.out());
        assertTrue(check.err().contains("  --> one.ruff:2:1\n"), check.err());
        assertTrue(check.err().contains("  --> two.ruff:2:6\n"), check.err());
        RuffProcess.Result help = ruff("help", "test");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: ruff test "), help.out());
        assertEquals("", help.err());
    }

    @Test
    void syntaxErrorExits3AndCheckPrintsFileLineColumn() throws Exception {
        write("bad.ruff", "x := (1 +\n");
        RuffProcess.Result run = ruff("run", "bad.ruff");
        assertEquals(3, run.exitCode());
        RuffProcess.Result check = ruff("check", "bad.ruff");
        assertEquals(3, check.exitCode());
        assertTrue(check.err().contains("  --> bad.ruff:2:1\n"), check.err());
        assertFalse(check.err().contains("\u001b["), "no colour on a pipe");
    }

    @Test
    void runtimeErrorExits4WithSourceLineAndCaret() throws Exception {
        write("boom.ruff", "print(\"before\")\nx := 1 / 0\n");
        RuffProcess.Result r = ruff("run", "boom.ruff");
        assertEquals(4, r.exitCode());
        assertEquals("before\n", r.out());
        assertEquals("""
                [RUFVM001] [vm] Runtime Error: Division by zero
                  --> boom.ruff:2:6
                   |
                 2 | x := 1 / 0
                   |      ^
                """, r.err());
    }

    @Test
    void missingScriptExits5() throws Exception {
        RuffProcess.Result r = ruff("run", "nope.ruff");
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'nope.ruff': No such file or directory\n", r.err());
    }

    @Test
    void testRunExits1WhenATestFails() throws Exception {
        write("t.ruff", "test \"ok\" { assert_equal(1, 1) }\ntest \"bad\" { assert_equal(1, 2) }\n");
        RuffProcess.Result r = ruff("test-run", "t.ruff");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("PASS ok\nFAIL bad\n"), r.out());
        assertTrue(r.out().contains("\nTests: 2 total, 1 passed, 1 failed\n"), r.out());
        assertEquals(0, ruff("test-run", "--filter", "ok", "t.ruff").exitCode());
    }

    @Test
    void runDashReadsStandardInput() throws Exception {
        RuffProcess.Result r = RuffProcess.run(dir, "print(\"piped\", args())\n", "run", "-", "one");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("piped [one]\n", r.out());
    }

    @Test
    void optionsAfterFileGoToTheScriptAndGrantNothing() throws Exception {
        write("s.ruff", "print(args())\nprint(read_file(\"s.ruff\"))\n");
        RuffProcess.Result r = ruff("run", "--untrusted", "s.ruff", "--allow-all", "--allow-fs-read");
        assertEquals(4, r.exitCode(), r.out());
        assertEquals("[--allow-all, --allow-fs-read]\n", r.out());
        assertTrue(r.err().contains("Capability denied"), r.err());
    }

    @Test
    void testRunsEachCaseInItsOwnFolderOnBothRuntimes() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("suite/cases"));
        Files.writeString(cases.resolve("data.txt"), "read from the case's folder\n", StandardCharsets.UTF_8);
        write("data.txt", "read from the folder ruff started in\n"); // what a read against user.dir would find
        Files.writeString(cases.resolve("reads.ruff"), """
                print(trim(read_file("data.txt")))
                write_file("written.txt", "by the case", true)
                print(read_lines("written.txt"))
                """, StandardCharsets.UTF_8);
        Files.writeString(cases.resolve("reads.out"), "read from the case's folder\n[by the case]\n",
                StandardCharsets.UTF_8);
        for (String runtime : new String[] {"vm", "interpreter", "both"}) {
            RuffProcess.Result r = ruff("test", "suite/cases", "--runtime", runtime);
            assertEquals(0, r.exitCode(), runtime + ": " + r.out() + r.err());
            assertEquals(runtime.equals("both") ? "2 passed, 0 failed\n" : "1 passed, 0 failed\n", r.out(), runtime);
            assertEquals("", r.err(), runtime);
        }
        assertEquals("by the case", Files.readString(cases.resolve("written.txt"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("written.txt")), "nothing written where ruff was started");

        Files.writeString(cases.resolve("differs.ruff"), "print(1)\n", StandardCharsets.UTF_8);
        Files.writeString(cases.resolve("differs.out"), "2\n", StandardCharsets.UTF_8);
        RuffProcess.Result failing = ruff("test", "suite/cases");
        assertEquals(1, failing.exitCode(), failing.err());
        assertEquals("FAIL differs: line 1: expected \"2\" got \"1\"\n1 passed, 1 failed\n", failing.out());
        assertEquals("", failing.err());
    }

    @Test
    void checkJsonAndNativesFilterAndVersion() throws Exception {
        write("w.ruff", "break\n");
        RuffProcess.Result json = ruff("check", "--json", "w.ruff");
        assertEquals(1, json.exitCode());
        assertTrue(json.out().contains("\"code\" : \"RUFRES001\""), json.out());
        RuffProcess.Result natives = ruff("natives", "json");
        assertEquals(0, natives.exitCode());
        assertTrue(natives.out().startsWith("SIGNATURE "), natives.out());
        assertTrue(natives.out().lines().anyMatch(l -> l.matches("parse_json\\(text\\) +none +json +\\S.*")),
                natives.out());
        assertTrue(natives.out().lines().anyMatch(l -> l.matches("to_json\\(value\\) +none +json +\\S.*")),
                natives.out());
        assertFalse(natives.out().contains("(...)"), natives.out());
        RuffProcess.Result version = ruff("version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("ruff "), version.out());
    }
}
