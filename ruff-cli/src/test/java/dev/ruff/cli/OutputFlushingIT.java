package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output of a long-running script reaches the user: line by line on a terminal, and on SIGTERM. */
class OutputFlushingIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Prints a line, tells the test it did (a file), then runs until killed. */
    private void writeSpinner() throws Exception {
        Files.writeString(dir.resolve("spin.ruff"), """
                print("progress line")
                write_file("printed.flag", "yes")
                while true {
                }
                """, StandardCharsets.UTF_8);
    }

    private void awaitFlag() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.exists(dir.resolve("printed.flag")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(dir.resolve("printed.flag")), "the script never got past its print");
    }

    @Test
    void sigtermFlushesWhatWasPrintedToAPipe() throws Exception {
        writeSpinner();
        try (RuffProcess ruff = RuffProcess.start(dir, Map.of(), "run", "spin.ruff")) {
            awaitFlag();
            ruff.terminate();
            RuffProcess.Result r = ruff.awaitExit(WAIT);
            assertEquals("progress line\n", r.out(), "stdout after SIGTERM (exit " + r.exitCode() + ", stderr " + r.err() + ")");
        }
    }

    @Test
    void terminalSeesEachLineWhileTheScriptRuns() throws Exception {
        assumeTrue(RuffProcess.canUseTerminal(), "util-linux script is needed for a pseudo-terminal");
        writeSpinner();
        try (RuffProcess ruff = RuffProcess.startOnTerminal(dir, Map.of(), "run", "spin.ruff")) {
            awaitFlag();
            ruff.awaitOutput("progress line\r\n", Duration.ofSeconds(5));
            assertTrue(ruff.isAlive(), "the line arrived while the script was still running");
        }
    }
}
