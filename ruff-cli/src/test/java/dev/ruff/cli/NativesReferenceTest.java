package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed natives reference ({@code docs/NATIVES.md}) is exactly what {@code ruff natives --markdown}
 * prints, so the documentation cannot drift from the registered natives.
 * Regenerate with {@code java -jar ruff-cli/target/ruff.jar natives --markdown > docs/NATIVES.md}.
 */
class NativesReferenceTest {
    /** The test-only module that the CLI tests register; it is not part of the product. */
    private static final String TEST_MODULE_SECTION = "\n## cli-test\n";

    @TempDir
    Path dir;

    @Test
    void committedReferenceMatchesRegisteredNatives() throws Exception {
        Path reference = ConformanceRatchetTest.reactorRoot().resolve("docs/NATIVES.md");
        CliOutcome generated = ruff(dir, "natives", "--markdown");
        assertEquals(0, generated.exitCode());
        assertEquals(withoutTestModule(generated.out()), Files.readString(reference, StandardCharsets.UTF_8),
                "docs/NATIVES.md is stale; regenerate it with: java -jar ruff-cli/target/ruff.jar natives --markdown"
                        + " > docs/NATIVES.md");
    }

    private static String withoutTestModule(String markdown) {
        int start = markdown.indexOf(TEST_MODULE_SECTION);
        if (start < 0) {
            return markdown;
        }
        int next = markdown.indexOf("\n## ", start + TEST_MODULE_SECTION.length());
        return markdown.substring(0, start + 1) + (next < 0 ? "" : markdown.substring(next + 1));
    }
}
