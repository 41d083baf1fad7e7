package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ruff repl} of the packaged jar, through a pipe and through a pseudo-terminal. */
class ReplProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String UP = "\u001bOA"; // the up-arrow key in the keypad mode JLine switches on

    @TempDir
    Path dir;

    @Test
    void pipedInputPrintsOnlyTheValues() throws Exception {
        RuffProcess.Result r = RuffProcess.run(dir, "x := 20\nx + 22\n", "repl");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("42\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void pipedErrorsKeepTheSessionAndSetTheExitStatus() throws Exception {
        RuffProcess.Result r = RuffProcess.run(dir, "items := [1,\n 2]\nnope\nlen(items)\n", "repl");
        assertEquals(4, r.exitCode());
        assertEquals("2\n", r.out());
        assertTrue(r.err().startsWith("[RUFVM001] [vm] Runtime Error: Undefined variable: nope\n"), r.err());
        assertFalse(r.err().contains("\u001b["), "no colour on a pipe: " + r.err());
    }

    @Test
    void terminalSessionEditsLinesContinuesOpenBracketsKeepsHistoryAndEndsOnCtrlD() throws Exception {
        assumeTrue(RuffProcess.canUseTerminal(), "util-linux script is needed for a pseudo-terminal");
        try (RuffProcess repl = RuffProcess.startOnTerminal(dir, Map.of(), "repl")) {
            repl.awaitOutput("ruff> ", WAIT);
            repl.write("x := 20\r");
            repl.awaitOutput("ruff> ", 2, WAIT);
            repl.write("x + 22\r");
            repl.awaitOutput("42\r\n", WAIT);
            repl.write("func triple(n) {\r");
            repl.awaitOutput("...   ", WAIT);
            repl.write("return n * 3\r}\r");
            repl.awaitOutput("ruff> ", 4, WAIT);
            repl.write("triple(x)\r");
            repl.awaitOutput("60\r\n", WAIT);
            repl.write("missing\r");
            String afterError = repl.awaitOutput("ruff> ", 6, WAIT);
            assertTrue(afterError.contains("\u001b[1;31m[RUFVM001]\u001b[0m [vm] "), "colour on a terminal: " + afterError);
            assertTrue(afterError.contains("Undefined variable: missing"), afterError);
            repl.write(UP + UP + "\r"); // recalls triple(x)
            repl.awaitOutput("60\r\n", 2, WAIT);
            repl.write(":quit\r");
            RuffProcess.Result r = repl.awaitExit(WAIT);
            assertEquals(0, r.exitCode(), r.out());
        }
        String history = Files.readString(dir.resolve(ReplCommand.HISTORY_FILE), StandardCharsets.UTF_8);
        assertTrue(history.contains("x + 22") && history.contains("triple(x)"), history);
    }

    @Test
    void ctrlDOnAnEmptyLineLeavesAndNoColorIsHonoured() throws Exception {
        assumeTrue(RuffProcess.canUseTerminal(), "util-linux script is needed for a pseudo-terminal");
        try (RuffProcess repl = RuffProcess.startOnTerminal(dir, Map.of("NO_COLOR", "1"), "repl")) {
            repl.awaitOutput("ruff> ", WAIT);
            repl.write("1 / 0\r");
            String shown = repl.awaitOutput("ruff> ", 2, WAIT);
            assertTrue(shown.contains("[RUFVM001] [vm] Runtime Error: Division by zero"), shown);
            repl.write("\u0004");
            RuffProcess.Result r = repl.awaitExit(WAIT);
            assertEquals(0, r.exitCode(), r.out());
            assertFalse(r.out().contains("\u001b[1;31m"), "NO_COLOR: " + r.out());
        }
    }

    @Test
    void ctrlCStopsWaitingForARunningEntryAndTheSessionGoesOn() throws Exception {
        assumeTrue(RuffProcess.canUseTerminal(), "util-linux script is needed for a pseudo-terminal");
        try (RuffProcess repl = RuffProcess.startOnTerminal(dir, Map.of(), "repl")) {
            repl.awaitOutput("ruff> ", WAIT);
            repl.write("kept := 5\r");
            repl.awaitOutput("ruff> ", 2, WAIT);
            repl.write("while true {}\r");
            Thread.sleep(1500); // let the loop start
            repl.write("\u0003");
            repl.awaitOutput("Interrupted.", WAIT);
            repl.write("kept * 2\r");
            repl.awaitOutput("10\r\n", WAIT);
            repl.write("\u0004");
            assertEquals(0, repl.awaitExit(WAIT).exitCode());
        }
    }
}
