package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryNativeWithArityCapabilityModuleAndDoc() {
        CliOutcome r = ruff(dir, "natives");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("len +\\(1\\) +none +core +\\S.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("__cli_test_crash +\\(0\\) +none +cli-test +Fails with a Java"
                + " Error, as a broken native would\\.")), r.out());
    }

    @Test
    void markdownHasASectionAndTableRowPerModule() {
        CliOutcome r = ruff(dir, "natives", "--markdown");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("# Ruff natives\n"), r.out());
        assertTrue(r.out().contains("\n## cli-test\n\n| Name | Arity | Capability | Description |\n| --- | --- | --- | --- |\n"
                + "| `__cli_test_crash` | (0) | none | Fails with a Java Error, as a broken native would. |\n"), r.out());
    }
}
