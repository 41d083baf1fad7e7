package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruffWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ruff repl} reading from a pipe (in-process; ReplProcessIT drives the real jar, also through a terminal). */
class ReplSessionTest {
    @TempDir
    Path dir;

    private CliOutcome repl(String input, String... flags) {
        String[] args = new String[flags.length + 1];
        args[0] = "repl";
        System.arraycopy(flags, 0, args, 1, flags.length);
        return ruffWithInput(dir, input, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vm", "interpreter"})
    void definitionsPersistAndExpressionValuesArePrinted(String backend) {
        String input = """
                x := 20
                x + 22
                func twice(n) {
                    return n * 2
                }
                struct Point { x: int, y: int }
                p := Point { x: 1, y: 2 }
                twice(p.y)
                names := [
                    "a",
                    "b"
                ]
                len(names)
                print("printed")
                "text"
                null
                """;
        CliOutcome r = backend.equals("vm") ? repl(input) : repl(input, "--interpreter");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("42\n4\n2\nprinted\ntext\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void errorsAreReportedWithTheirSourceLineAndTheSessionGoesOn() {
        CliOutcome r = repl("""
                func broken() {
                    return missing + 1
                }
                ok := 1
                broken()
                ok + 1
                let
                ok + 2
                """);
        assertEquals(3, r.exitCode(), "the last failing entry was a syntax error");
        assertEquals("2\n3\n", r.out());
        assertTrue(r.err().startsWith("""
                [RUFVM001] [vm] Runtime Error: Undefined variable: missing
                  --> <repl#1>:2:12
                   |
                 2 |     return missing + 1
                   |            ^

                Call stack:
                  0 at broken (<repl#1>:2:12)
                [RUFPARSE"""), r.err());
    }

    @Test
    void runtimeErrorAsLastFailureExits4() {
        CliOutcome r = repl("1 / 0\n");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().startsWith("[RUFVM001] [vm] Runtime Error: Division by zero\n"), r.err());
    }

    @Test
    void quitStopsReadingAndHelpListsTheCommands() {
        CliOutcome r = repl(":help\n1 + 1\n:quit\n2 + 2\n");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith(ReplSession.HELP + "\n2\n"), r.out());
        assertTrue(!r.out().contains("4"), r.out());
    }

    @Test
    void unknownCommandIsReportedNotRun() {
        CliOutcome r = repl(":bogus\n5\n");
        assertEquals("5\n", r.out());
        assertEquals("Unknown command :bogus; :help lists the commands.\n", r.err());
    }

    @Test
    void exitCallEndsTheSessionWithItsStatus() {
        CliOutcome r = repl("print(1)\nexit(7)\nprint(2)\n");
        assertEquals(7, r.exitCode());
        assertEquals("1\n", r.out());
    }

    @Test
    void inputEndingInsideAnOpenBracketIsReportedAsASyntaxError() {
        CliOutcome r = repl("func f() {\n  return 1\n");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("[RUFPARSE"), r.err());
    }

    @Test
    void bracketsInsideStringsAndCommentsDoNotContinueTheEntry() {
        CliOutcome r = repl("\"(\"\n# {\n\"]\" + \"[\"\n");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("(\n][\n", r.out());
    }
}
