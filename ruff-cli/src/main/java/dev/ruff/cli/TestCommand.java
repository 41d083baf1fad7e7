package dev.ruff.cli;

import dev.ruff.cli.snapshot.CaseOutcome;
import dev.ruff.cli.snapshot.SnapshotCase;
import dev.ruff.cli.snapshot.SnapshotRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ruff test DIR}: runs every golden case {@code NAME.ruff} + {@code NAME.out} in DIR in this
 * JVM, with upstream's comparison rule, and reports the failures and a summary line.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = {"Run golden snapshot cases: every NAME.ruff in DIR with a NAME.out beside it.",
                "Each case runs like `ruff run DIR/NAME.ruff` from DIR's parent folder; stdout and stderr are",
                "compared with NAME.out by upstream's rule (trimmed, joined, timings and optimiser notes dropped)."})
final class TestCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of cases.")
    Path dir;

    @Mixin
    BackendOption backend;

    @Option(names = "--list-passing",
            description = "Print only the names of passing cases, one per line (for the conformance ratchet "
                    + "lists); the summary goes to stderr and the exit status is 0.")
    boolean listPassing;

    @Option(names = "--verbose", description = "Also print passing cases, and the whole output of failing ones.")
    boolean verbose;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Wall-clock limit per case (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    int execute() {
        Path folder = cli.workDir().resolve(dir).normalize();
        if (!Files.isDirectory(folder)) {
            throw usageError("Not a folder of cases: " + dir);
        }
        if (timeoutSeconds <= 0) {
            throw usageError("--timeout must be a positive number of seconds");
        }
        List<SnapshotCase> cases;
        try {
            cases = SnapshotCase.discover(folder);
        } catch (IOException e) {
            cli.err().println("Failed to list cases in '" + dir + "': " + e.getMessage());
            return ExitCodes.IO;
        }
        if (cases.isEmpty()) {
            throw usageError("No cases in " + dir + " (expected NAME.ruff files with a NAME.out beside them)");
        }
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        try (SnapshotRunner runner = new SnapshotRunner(backend.asRunFlags(), Duration.ofSeconds(timeoutSeconds))) {
            for (SnapshotCase c : cases) {
                CaseOutcome outcome;
                try {
                    outcome = runner.run(c);
                } catch (IOException e) {
                    outcome = new CaseOutcome(c.name(), CaseOutcome.Status.FAILED, "cannot read: " + e.getMessage(), "");
                }
                switch (outcome.status()) {
                    case PASSED -> {
                        passed++;
                        if (listPassing) {
                            cli.out().println(outcome.name());
                        } else if (verbose) {
                            cli.out().println("PASS " + outcome.name());
                        }
                    }
                    case FAILED -> {
                        failed++;
                        if (!listPassing) {
                            cli.out().println("FAIL " + outcome.name() + ": " + outcome.detail());
                            if (verbose && !outcome.actual().isEmpty()) {
                                cli.out().println(outcome.actual().indent(4).stripTrailing());
                            }
                        }
                    }
                    case SKIPPED -> {
                        skipped++;
                        if (verbose && !listPassing) {
                            cli.out().println("SKIP " + outcome.name() + " (" + outcome.detail() + ")");
                        }
                    }
                }
                cli.out().flush();
            }
        }
        String summary = passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
        if (listPassing) {
            cli.err().println(summary);
            return ExitCodes.OK;
        }
        cli.out().println(summary);
        return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
