package dev.ruff.cli;

import dev.ruff.cli.snapshot.CaseOutcome;
import dev.ruff.cli.snapshot.SnapshotCase;
import dev.ruff.cli.snapshot.SnapshotRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                "Each case runs like `ruff run NAME.ruff` started in DIR, so relative file paths in a case "
                        + "resolve against DIR; stdout and stderr are compared with NAME.out by upstream's rule "
                        + "(trimmed, joined, timings and optimiser notes dropped)."})
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

    @Option(names = "--runtime", paramLabel = "RUNTIME", defaultValue = "vm",
            description = "Which backend runs the cases: vm, interpreter or both (default: ${DEFAULT-VALUE}; "
                    + "--interpreter is short for --runtime interpreter).")
    String runtime;

    @Option(names = "--update",
            description = "Rewrite the NAME.out of every failing case with the output it produced now "
                    + "(with --runtime both, the vm's output).")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Wall-clock limit per case (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** The {@code ruff run} flags of each backend to run the cases on. */
    private List<List<String>> backends() {
        List<String> vm = List.of();
        List<String> interpreter = List.of("--interpreter");
        if (backend.interpreter) {
            return List.of(interpreter);
        }
        return switch (runtime) {
            case "vm" -> List.of(vm);
            case "interpreter" -> List.of(interpreter);
            case "both" -> List.of(vm, interpreter);
            default -> throw usageError("--runtime must be vm, interpreter or both, not '" + runtime + "'");
        };
    }

    /** Replaces a case's expected output without ever leaving a half-written file. */
    private void rewrite(SnapshotCase c, CaseOutcome outcome) {
        if (outcome.actual().isEmpty()) {
            return; // timed out, or failed without output: nothing trustworthy to record
        }
        try {
            Path temp = Files.createTempFile(c.expected().toAbsolutePath().getParent(), ".update-", ".out");
            try {
                Files.writeString(temp, outcome.actual() + "\n", StandardCharsets.UTF_8);
                Files.move(temp, c.expected(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            cli.out().println("UPDATED " + c.expected().getFileName());
        } catch (IOException e) {
            cli.err().println("Failed to update '" + c.expected() + "': " + e.getMessage());
        }
    }

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
        List<List<String>> backends = backends();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (List<String> flags : backends) {
            String label = backends.size() > 1 ? (flags.isEmpty() ? "[vm] " : "[interpreter] ") : "";
            try (SnapshotRunner runner = new SnapshotRunner(flags, Duration.ofSeconds(timeoutSeconds))) {
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
                                cli.out().println(label + outcome.name());
                            } else if (verbose) {
                                cli.out().println("PASS " + label + outcome.name());
                            }
                        }
                        case FAILED -> {
                            failed++;
                            if (!listPassing) {
                                cli.out().println("FAIL " + label + outcome.name() + ": " + outcome.detail());
                                if (verbose && !outcome.actual().isEmpty()) {
                                    cli.out().println(outcome.actual().indent(4).stripTrailing());
                                }
                            }
                            if (update && flags == backends.get(0)) {
                                rewrite(c, outcome);
                            }
                        }
                        case SKIPPED -> {
                            skipped++;
                            if (verbose && !listPassing) {
                                cli.out().println("SKIP " + label + outcome.name() + " (" + outcome.detail() + ")");
                            }
                        }
                    }
                    cli.out().flush();
                }
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
