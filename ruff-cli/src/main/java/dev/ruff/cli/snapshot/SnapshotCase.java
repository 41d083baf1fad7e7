package dev.ruff.cli.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden case: {@code NAME.ruff} with its expected output {@code NAME.out} beside it.
 *
 * @param name     the file name without {@code .ruff}
 * @param script   the program
 * @param expected the expected output
 */
public record SnapshotCase(String name, Path script, Path expected) {

    /** Marker upstream puts in the first lines of fixtures meant for {@code ruff test-run}; they are skipped. */
    private static final String TEST_RUN_MARKER = "Run with: ruff test-run";

    /** Every {@code NAME.ruff} directly in {@code folder} that has a {@code NAME.out}, sorted by file name in byte order like the conformance runner. */
    public static List<SnapshotCase> discover(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ruff") && Files.isRegularFile(p))
                    .map(p -> {
                        String file = p.getFileName().toString();
                        String name = file.substring(0, file.length() - ".ruff".length());
                        return new SnapshotCase(name, p, p.resolveSibling(name + ".out"));
                    })
                    .filter(c -> Files.isRegularFile(c.expected()))
                    .sorted((a, b) -> a.script().getFileName().toString().compareTo(b.script().getFileName().toString()))
                    .toList();
        }
    }

    /** Whether upstream's harness skips this fixture (a {@code ruff test-run} file). */
    public boolean isTestRunFixture() throws IOException {
        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            return lines.limit(3).anyMatch(l -> l.contains(TEST_RUN_MARKER));
        }
    }
}
