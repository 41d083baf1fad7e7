package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scripts in samples/scripts are golden cases too: each prints exactly its NAME.out. */
class SampleScriptsTest {
    @Test
    void everySampleScriptPrintsItsExpectedOutput() throws IOException {
        Path root = ConformanceRatchetTest.reactorRoot();
        CliOutcome r = ruff(root, "test", "samples/scripts", "--interpreter");
        assertEquals("5 passed, 0 failed\n", r.out());
        assertEquals(0, r.exitCode());
    }
}
