package dev.ruff.cli;

import dev.ruff.RuffEngine;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The limits of one {@code ruff run}: deadline, step budget, call depth, sizes (README "Threat model"). */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the script after this many seconds (exit 4). Default: no limit.")
    Double timeoutSeconds;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop the script after N loop iterations and calls (exit 4). Default: no limit.")
    Long maxSteps;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Deepest Ruff call nesting. Default: " + RuffEngine.DEFAULT_MAX_CALL_DEPTH + ".")
    Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "CHARS", description = "Longest string a script may build.")
    Integer maxStringLength;

    @Option(names = "--max-collection-size", paramLabel = "N",
            description = "Most elements an array, dict or range may have.")
    Integer maxCollectionSize;

    @Option(names = "--max-output", paramLabel = "CHARS", description = "Most characters the script may print.")
    Long maxOutput;

    @Option(names = "--max-source-size", paramLabel = "BYTES",
            description = "Largest script or module file read. Default: " + RuffEngine.DEFAULT_MAX_SOURCE_BYTES + ".")
    Long maxSourceBytes;

    /** The source-size limit the script file itself is read with. */
    long sourceLimit() {
        return maxSourceBytes != null ? maxSourceBytes : RuffEngine.DEFAULT_MAX_SOURCE_BYTES;
    }

    /** Checks the values; returns a usage message, or null when they are fine. */
    String problem() {
        if (timeoutSeconds != null && !(timeoutSeconds > 0 && timeoutSeconds < 1e9)) {
            return "--timeout must be a positive number of seconds";
        }
        if (maxSteps != null && maxSteps < 1 || maxDepth != null && maxDepth < 1
                || maxStringLength != null && maxStringLength < 1 || maxCollectionSize != null && maxCollectionSize < 1
                || maxOutput != null && maxOutput < 1 || maxSourceBytes != null && maxSourceBytes < 1) {
            return "limits must be positive";
        }
        return null;
    }

    void applyTo(RuffEngine.Builder builder) {
        if (timeoutSeconds != null) {
            builder.timeout(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
        }
        if (maxSteps != null) {
            builder.maxSteps(maxSteps);
        }
        if (maxDepth != null) {
            builder.maxCallDepth(maxDepth);
        }
        if (maxStringLength != null) {
            builder.maxStringLength(maxStringLength);
        }
        if (maxCollectionSize != null) {
            builder.maxCollectionSize(maxCollectionSize);
        }
        if (maxOutput != null) {
            builder.maxOutputChars(maxOutput);
        }
        builder.maxSourceBytes(sourceLimit());
    }
}
