package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ruff.cli.snapshot.CaseOutcome;
import dev.ruff.cli.snapshot.SnapshotCase;
import dev.ruff.cli.snapshot.SnapshotRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance ratchet: every case listed in {@code conformance/passing-BACKEND.txt} must still
 * pass against the golden corpus in {@code ../shared/conformance/cases} (beside the reactor root),
 * run in-process exactly as {@code ruff test} runs it. One dynamic test per listed case, so a
 * regression names its case. When the corpus is not there, one test per list is reported as skipped with
 * the reason.
 *
 * <p>To update a list after making more cases pass:
 * {@code java -jar ruff-cli/target/ruff.jar test ../shared/conformance/cases --interpreter --list-passing}.</p>
 */
class ConformanceRatchetTest {
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(30);

    @TestFactory
    Stream<DynamicTest> interpreterCasesStillPass() throws IOException {
        return ratchet("passing-interpreter.txt", List.of("--interpreter"));
    }

    /** The default backend (the VM once it exists); its list is added together with the VM. */
    @TestFactory
    Stream<DynamicTest> defaultBackendCasesStillPass() throws IOException {
        return ratchet("passing-vm.txt", List.of());
    }

    private static Stream<DynamicTest> ratchet(String listName, List<String> runFlags) throws IOException {
        Path root = reactorRoot();
        Path cases = root.resolve("../shared/conformance/cases").normalize();
        if (!Files.isDirectory(cases)) {
            return skipped(listName, "conformance corpus not found at " + cases
                    + " (expected ../shared/conformance/cases beside the reactor root); ratchet skipped");
        }
        Path list = root.resolve("conformance").resolve(listName);
        if (!Files.isRegularFile(list)) {
            return skipped(listName, "no " + root.relativize(list) + " yet; nothing to ratchet");
        }
        List<String> names = listedCases(list);
        SnapshotRunner runner = new SnapshotRunner(runFlags, CASE_TIMEOUT);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path script = cases.resolve(name + ".ruff");
            Path expected = cases.resolve(name + ".out");
            assertTrue(Files.isRegularFile(script) && Files.isRegularFile(expected),
                    name + " is listed in " + listName + " but is not a case in " + cases);
            CaseOutcome outcome = runner.run(new SnapshotCase(name, script, expected));
            if (!outcome.passed()) {
                fail(name + " is listed in " + listName + " but no longer passes: " + outcome.detail());
            }
        })).onClose(runner::close);
    }

    /**
     * One test that is reported as skipped with the reason (an assumption failing in the factory itself would
     * leave the report at "Tests run: 0", which reads like a pass).
     */
    private static Stream<DynamicTest> skipped(String listName, String reason) {
        System.err.println("WARNING: " + listName + ": " + reason);
        return Stream.of(DynamicTest.dynamicTest(listName + " ratchet skipped", () -> assumeTrue(false, reason)));
    }

    /** Case names, one per line; blank lines and {@code #} comments ignored. */
    static List<String> listedCases(Path list) throws IOException {
        List<String> names = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        assertEquals(names.size(), names.stream().distinct().count(), "duplicate names in " + list);
        return names;
    }

    /** The folder holding the root {@code pom.xml} (the one listing {@code ruff-cli} as a module). */
    static Path reactorRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("<module>ruff-cli</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no reactor root (pom.xml with <module>ruff-cli</module>) above "
                + Path.of("").toAbsolutePath());
    }
}
