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
    void listsEveryNativeWithSignatureCapabilityModuleAndDoc() {
        CliOutcome r = ruff(dir, "natives");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("len\\(value\\) +none +core +\\S.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("write_file\\(path, content, overwrite\\?\\) +filesystem-write +"
                + "filesystem +\\S.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("print\\(\\.\\.\\.values\\) +none +core +\\S.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("println\\(\\.\\.\\.values\\) +none +core +Alias of print\\.")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("PI +none +math +\\S.*")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("(...)")), r.out());
    }

    @Test
    void aHostNativeRegisteredWithoutParameterNamesShowsItsArity() {
        CliOutcome r = ruff(dir, "natives", "cli-test");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("__cli_test_crash \\(0\\) +none +cli-test +Fails with a Java"
                + " Error, as a broken native would\\.")), r.out());
    }

    @Test
    void markdownHasASectionAndTableRowPerModule() {
        CliOutcome r = ruff(dir, "natives", "--markdown");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("# Ruff natives\n"), r.out());
        assertTrue(r.out().contains("\n## cli-test\n\n| Signature | Capability | Description |\n| --- | --- | --- |\n"
                + "| `__cli_test_crash (0)` | none | Fails with a Java Error, as a broken native would. |\n"), r.out());
        assertTrue(r.out().contains("\n| `read_file(path)` | filesystem-read | "), r.out());
    }

    @Test
    void plainListingStartsWithAHeader() {
        CliOutcome r = ruff(dir, "natives");
        assertTrue(r.out().lines().findFirst().orElseThrow().matches("SIGNATURE +CAPABILITY +MODULE +DESCRIPTION"),
                r.out());
    }

    @Test
    void filterKeepsNativesWhoseNameOrModuleMatches() {
        CliOutcome r = ruff(dir, "natives", "json");
        assertEquals(0, r.exitCode());
        java.util.List<String> rows = r.out().lines().skip(1).toList();
        assertTrue(rows.size() >= 2, r.out());
        assertTrue(rows.stream().allMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("json")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("parse_json(text) ")), r.out());
        assertTrue(rows.stream().noneMatch(l -> l.startsWith("len(")), r.out());
    }

    @Test
    void filterMatchingNothingSaysSoAndExits1() {
        CliOutcome r = ruff(dir, "natives", "no-such-native-anywhere");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("No native name or module contains 'no-such-native-anywhere'.\n", r.err());
    }
}
