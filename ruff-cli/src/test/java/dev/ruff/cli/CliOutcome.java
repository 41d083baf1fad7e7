package dev.ruff.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** What one in-process {@code ruff} invocation produced. */
record CliOutcome(int exitCode, String out, String err) {

    /** Runs {@code ruff ARGS…} as if started in {@code workDir}. */
    static CliOutcome ruff(Path workDir, String... args) {
        return ruffWithInput(workDir, "", args);
    }

    /** Runs {@code ruff ARGS…} in {@code workDir} with {@code stdin} as standard input (not a terminal). */
    static CliOutcome ruffWithInput(Path workDir, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new RuffCli(workDir).run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                StandardStreams.NOT_TERMINALS);
        return new CliOutcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
