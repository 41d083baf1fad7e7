package dev.ruff.cli;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which backend runs the script. Without a flag the engine's default backend is used, so making a
 * new backend the default needs no change here; a flag per non-default backend is one line.
 */
final class BackendOption {
    @Option(names = "--interpreter", description = "Use the tree-walking interpreter backend.")
    boolean interpreter;

    void applyTo(RuffEngine.Builder builder) {
        if (interpreter) {
            builder.backend(BackendType.INTERPRETER);
        }
    }

    /** The same choice as {@code ruff run} flags, for commands that run scripts through {@code run}. */
    List<String> asRunFlags() {
        List<String> flags = new ArrayList<>();
        if (interpreter) {
            flags.add("--interpreter");
        }
        return flags;
    }
}
