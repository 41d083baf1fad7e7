package dev.ruff.cli.snapshot;

import dev.ruff.cli.RuffCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs golden cases in this JVM through exactly the code path of {@code ruff run}, each as if started
 * in the case's own folder ({@code cd DIR && ruff run NAME.ruff}), so that relative paths a case reads
 * or writes, the processes it starts and its imports all resolve against the folder holding the case.
 */
public final class SnapshotRunner implements AutoCloseable {
    private final List<String> runFlags;
    private final Duration timeout;
    private final ExecutorService worker = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "ruff-snapshot-case");
        t.setDaemon(true); // a case that never ends must not keep the JVM alive
        return t;
    });

    /**
     * @param runFlags extra {@code ruff run} flags, e.g. {@code --interpreter}
     * @param timeout  wall-clock limit per case
     */
    public SnapshotRunner(List<String> runFlags, Duration timeout) {
        this.runFlags = List.copyOf(runFlags);
        this.timeout = timeout;
    }

    /** Runs one case and compares its normalised output with the expected output. */
    public CaseOutcome run(SnapshotCase c) throws IOException {
        if (c.isTestRunFixture()) {
            return new CaseOutcome(c.name(), CaseOutcome.Status.SKIPPED, "ruff test-run fixture", "");
        }
        String expected = SnapshotText.expected(Files.readString(c.expected(), StandardCharsets.UTF_8));
        Path workDir = c.script().toAbsolutePath().normalize().getParent();
        List<String> args = new ArrayList<>();
        args.add("run");
        args.addAll(runFlags);
        // "--" so a case file name can never be taken for an option
        args.add("--");
        args.add(c.script().getFileName().toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> run = worker.submit(() -> new RuffCli(workDir).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        int exitCode;
        try {
            exitCode = run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return fail(c, "timed out after " + timeout.toSeconds() + "s", "");
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            return fail(c, "interrupted", "");
        } catch (ExecutionException e) {
            return fail(c, "crashed: " + e.getCause(), "");
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (exitCode != 0 && SnapshotText.trim(stdout).isEmpty() && SnapshotText.trim(stderr).isEmpty()) {
            return fail(c, "exited with code " + exitCode + " and produced no output", "");
        }
        String actual = SnapshotText.actual(stdout, stderr);
        String difference = SnapshotText.firstDifference(expected, actual);
        return difference == null ? new CaseOutcome(c.name(), CaseOutcome.Status.PASSED, "", actual)
                : fail(c, difference, actual);
    }

    private static CaseOutcome fail(SnapshotCase c, String detail, String actual) {
        return new CaseOutcome(c.name(), CaseOutcome.Status.FAILED, detail, actual);
    }

    /** Abandons any case still running (its threads are daemons). */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
