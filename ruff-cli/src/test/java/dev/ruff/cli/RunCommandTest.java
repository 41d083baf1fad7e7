package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private void write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }

    @Test
    void runsAScriptAndPrintsUtf8() throws IOException {
        write("hello.ruff", "print(\"Hello, ✓\")\n");
        CliOutcome r = ruff(dir, "run", "hello.ruff");
        assertEquals(0, r.exitCode());
        assertEquals("Hello, ✓\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void syntaxErrorIsRenderedWithFileLineColumnAndExits3() throws IOException {
        write("broken.ruff", "print(\"a\"\n");
        CliOutcome r = ruff(dir, "run", "broken.ruff");
        assertEquals(3, r.exitCode());
        assertEquals("", r.out());
        assertEquals("""
                [RUFPARSE001] [parser] error: Expected ')' to close function call arguments but found Eof
                  --> broken.ruff:2:1
                   |
                 2 |
                   | ^
                  = help: Fix the parse error and rerun Ruff.
                """, r.err());
    }

    @Test
    void runtimeErrorInsideFunctionsReportsSourceLineCaretAndCallStackUnderOneHeaderOnBothBackends()
            throws IOException {
        write("nested.ruff", """
                func level3() {
                    return undefined_thing + 1
                }
                func level2() {
                    return level3()
                }
                print("before")
                level2()
                print("after")
                """);
        String expected = """
                [RUFVM001] [vm] Runtime Error: Undefined variable: undefined_thing
                  --> nested.ruff:2:12
                   |
                 2 |     return undefined_thing + 1
                   |            ^

                Call stack:
                  0 at level3 (nested.ruff:2:12)
                  1 at level2 (nested.ruff:5:12)
                """;
        for (String backend : new String[] {"--interpreter", "nested.ruff"}) {
            CliOutcome r = backend.equals("--interpreter") ? ruff(dir, "run", "--interpreter", "nested.ruff")
                    : ruff(dir, "run", "nested.ruff");
            assertEquals(4, r.exitCode());
            assertEquals("before\n", r.out());
            assertEquals(expected, r.err(), backend);
        }
    }

    @Test
    void runtimeErrorAtTopLevelHasNoCallStack() throws IOException {
        write("top.ruff", "x := nope\n");
        CliOutcome r = ruff(dir, "run", "top.ruff");
        assertEquals(4, r.exitCode());
        assertEquals("""
                [RUFVM001] [vm] Runtime Error: Undefined variable: nope
                  --> top.ruff:1:6
                   |
                 1 | x := nope
                   |      ^
                """, r.err());
    }

    @Test
    void missingFileExits5() {
        CliOutcome r = ruff(dir, "run", "missing.ruff");
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'missing.ruff': No such file or directory\n", r.err());
    }

    @Test
    void folderInsteadOfFileExits5() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        CliOutcome r = ruff(dir, "run", "sub");
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'sub': Is a directory\n", r.err());
    }

    @Test
    void exitCallEndsWithThatStatusKeepingEarlierOutput() throws IOException {
        write("exit.ruff", "print(\"x\")\nexit(3)\nprint(\"never\")\n");
        CliOutcome r = ruff(dir, "run", "exit.ruff");
        assertEquals(3, r.exitCode());
        assertEquals("x\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void everythingAfterFileGoesToTheScriptVerbatimEvenRuffOptions() throws IOException {
        write("args.ruff", "print(args())\n");
        CliOutcome r = ruff(dir, "run", "args.ruff", "plain", "--verbose", "--interpreter", "--", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("[plain, --verbose, --interpreter, --, --help]\n", r.out());
        CliOutcome dashed = ruff(dir, "run", "--", "args.ruff", "x");
        assertEquals("[x]\n", dashed.out());
    }

    @Test
    void capabilityFlagsAfterFileGrantNothing() throws IOException {
        write("env.ruff", "print(args())\nprint(random() < 1.0)\n");
        CliOutcome r = ruff(dir, "run", "--untrusted", "env.ruff", "--allow-all", "--allow-random");
        assertEquals(4, r.exitCode(), r.err());
        assertEquals("[--allow-all, --allow-random]\n", r.out());
        assertTrue(r.err().contains("Capability denied: random"), r.err());
    }

    @Test
    void untrustedDeniesCapabilitiesUnlessGranted() throws IOException {
        write("rnd.ruff", "print(random() < 1.0)\n");
        CliOutcome trusted = ruff(dir, "run", "rnd.ruff");
        assertEquals("true\n", trusted.out());
        CliOutcome denied = ruff(dir, "run", "--untrusted", "rnd.ruff");
        assertEquals(4, denied.exitCode());
        assertTrue(denied.err().startsWith("[RUFVM001] [vm] Runtime Error: Capability denied: random required"
                + " for random; rerun with --allow-random"), denied.err());
        CliOutcome granted = ruff(dir, "run", "--untrusted", "--allow-random", "rnd.ruff");
        assertEquals(0, granted.exitCode(), granted.err());
        CliOutcome all = ruff(dir, "run", "--untrusted", "--allow-all", "rnd.ruff");
        assertEquals(0, all.exitCode(), all.err());
    }

    @Test
    void importsResolveAgainstTheScriptsOwnModulesFolder() throws IOException {
        write("tools/report.ruff", "from fmt import stars\nprint(stars(3))\n");
        write("tools/modules/fmt.ruff", "export func stars(n) { return repeat(\"*\", n) }\n");
        CliOutcome r = ruff(dir, "run", "tools/report.ruff");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("***\n", r.out());
    }

    @Test
    void missingModuleNamesItOnceAndListsTheFoldersSearched() throws IOException {
        write("app/main.ruff", "import nowhere\n");
        CliOutcome r = ruff(dir, "run", "app/main.ruff");
        assertEquals(4, r.exitCode());
        String app = dir.resolve("app").toAbsolutePath().normalize().toString();
        String root = dir.toAbsolutePath().normalize().toString();
        String firstLine = r.err().lines().findFirst().orElseThrow();
        assertTrue(firstLine.startsWith("[RUFVM001] [vm] Runtime Error: Failed to load module 'nowhere': not found;"
                + " searched "), firstLine);
        // (in-process, the JVM's own folder is searched first too: the importer's name is relative)
        assertTrue(firstLine.endsWith(app + ", " + app + "/modules, " + root + ", " + root + "/modules"), firstLine);
        assertEquals(1, firstLine.split("nowhere", -1).length - 1, firstLine);
    }

    @Test
    void dashReadsTheScriptFromStandardInput() {
        CliOutcome r = CliOutcome.ruffWithInput(dir, "print(\"from stdin\", args())\nx := nope\n",
                "run", "-", "a1");
        assertEquals(4, r.exitCode());
        assertEquals("from stdin [a1]\n", r.out());
        assertTrue(r.err().contains("  --> <stdin>:2:6\n   |\n 2 | x := nope\n"), r.err());
    }

    @Test
    void importsResolveAgainstScriptFolderAndWorkingFolderModules() throws IOException {
        write("app/main.ruff", "from helper import twice\nfrom shared import greeting\nprint(twice(21), greeting)\n");
        write("app/helper.ruff", "export func twice(x) { return x * 2 }\n");
        write("modules/shared.ruff", "export let greeting := \"hi\"\n");
        CliOutcome r = ruff(dir, "run", "app/main.ruff");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("42 hi\n", r.out());
    }

    @Test
    void unexpectedJavaExceptionIsAnInternalErrorWithoutStackTrace() throws IOException {
        write("crash.ruff", "print(\"start\")\n__cli_test_crash()\n");
        CliOutcome r = ruff(dir, "run", "crash.ruff");
        assertEquals(70, r.exitCode());
        assertEquals("start\n", r.out());
        assertEquals("[RUFINT001] [internal] error: java.lang.AssertionError: native blew up\n"
                + "  = help: this is a bug in Ruff for the JVM, not in your script; please report it with the script"
                + " that triggered it (rerun with --debug to include the Java stack trace)\n", r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void debugAddsTheJavaStackTrace() throws IOException {
        write("crash.ruff", "__cli_test_crash()\n");
        CliOutcome r = ruff(dir, "run", "--debug", "crash.ruff");
        assertEquals(70, r.exitCode());
        assertTrue(r.err().contains("\tat dev.ruff.cli.CrashingModule"), r.err());
    }
}
