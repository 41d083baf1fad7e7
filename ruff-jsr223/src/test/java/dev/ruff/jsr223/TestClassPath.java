package dev.ruff.jsr223;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The entries of the test class path that a host application would have: Ruff and its dependencies. */
final class TestClassPath {
    private TestClassPath() {
    }

    /** Ruff's jars (or class folders, when the reactor did not package them) and their runtime libraries. */
    static List<Path> runtimeEntries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty())
                .filter(e -> !e.contains("test-classes") && !e.contains("junit") && !e.contains("opentest4j")
                        && !e.contains("apiguardian") && !e.contains("jqwik") && !e.contains("surefire"))
                .map(Path::of)
                .filter(Files::exists)
                .toList();
    }

    /** {@link #runtimeEntries()} joined for a {@code -cp} option. */
    static String runtimeClassPath() {
        return String.join(File.pathSeparator, runtimeEntries().stream().map(Path::toString).toList());
    }
}
