package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.spi.Capability;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UsageTest {
    @TempDir
    Path dir;

    @Test
    void unknownOptionBeforeFileIsAUsageError() {
        CliOutcome r = ruff(dir, "run", "--bogus", "x.ruff");
        assertEquals(2, r.exitCode());
        assertEquals("""
                error: Unknown option: '--bogus'
                Usage: ruff run [OPTIONS] FILE [ARGS...]
                Try 'ruff run --help' for more information.
                """, r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliOutcome r = ruff(dir, "run");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Missing required parameter: 'FILE'\n"), r.err());
    }

    @Test
    void unknownSubcommandSuggestsNearOnes() {
        CliOutcome r = ruff(dir, "runn");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Did you mean: ruff run"), r.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliOutcome r = ruff(dir);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: Missing subcommand"), r.err());
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliOutcome r = ruff(dir, "--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().matches("ruff \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Ruff for the JVM, Java \\d+\\)\n"), r.out());
    }

    @Test
    void versionAsACommandPrintsTheSameBanner() {
        CliOutcome r = ruff(dir, "version");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(ruff(dir, "--version").out(), r.out());
    }

    @Test
    void helpWrapsDescriptionsOnlyBetweenWords() {
        for (String command : List.of("run", "repl", "check", "test-run", "test", "natives")) {
            CliOutcome r = ruff(dir, "help", command);
            assertEquals(0, r.exitCode(), command);
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= 80, command + ": " + line);
            }
        }
        String test = ruff(dir, "help", "test").out().replaceAll("\\s+", " ");
        assertTrue(test.contains("stdout and stderr are compared with NAME.out by upstream's rule"), test);
    }

    @Test
    void unknownOptionAfterFileIsTheScriptsNotAUsageError() {
        CliOutcome r = ruff(dir, "run", "missing.ruff", "--bogus");
        assertEquals(5, r.exitCode());
    }

    @Test
    void helpExitsZeroAndListsTheSubcommands() {
        CliOutcome r = ruff(dir, "--help");
        assertEquals(0, r.exitCode());
        for (String sub : List.of("run", "repl", "check", "test-run", "test", "natives", "version")) {
            assertTrue(r.out().contains("\n  " + sub + " "), sub + " missing in:\n" + r.out());
        }
    }

    @Test
    void everyCapabilityHasTheRunFlagItsDenialMessageNames() {
        CommandLine run = new CommandLine(new RuffCli()).getSubcommands().get("run");
        for (Capability c : Capability.values()) {
            if (c != Capability.NONE) {
                assertTrue(run.getCommandSpec().findOption(c.flag()) != null, "no run option " + c.flag());
            }
        }
    }

    @Test
    void untrustedFlagsGrantExactlyWhatTheyName() {
        CapabilityOptions options = new CapabilityOptions();
        options.untrusted = true;
        options.fsRead = true;
        options.netClient = true;
        assertEquals(java.util.EnumSet.of(Capability.FS_READ, Capability.NET_CLIENT), options.granted());
        assertEquals(java.util.EnumSet.allOf(Capability.class), new CapabilityOptions().granted());
    }
}
