package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ruff.diag.RuffSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program of the shared conformance corpus must parse without a diagnostic. */
class ConformanceCorpusParseTest {

    /** The reactor root: the topmost folder of the unbroken chain of folders holding a pom.xml. */
    static Path reactorRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        Path root = null;
        while (dir != null && Files.isRegularFile(dir.resolve("pom.xml"))) {
            root = dir;
            dir = dir.getParent();
        }
        return root;
    }

    static Path casesFolder() {
        Path root = reactorRoot();
        return root == null ? null : root.resolve("../shared/conformance/cases").normalize();
    }

    @TestFactory
    Stream<DynamicTest> everyConformanceCaseParsesWithoutDiagnostics() throws IOException {
        Path cases = casesFolder();
        Assumptions.assumeTrue(cases != null && Files.isDirectory(cases),
                "conformance corpus not found at ../shared/conformance/cases relative to the reactor root; skipping");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cases)) {
            files = walk.filter(p -> p.toString().endsWith(".ruff")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no .ruff files in " + cases);
        return files.stream().map(file -> DynamicTest.dynamicTest(cases.relativize(file).toString(), () -> {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            try {
                RuffParser.parse(source, file.getFileName().toString());
            } catch (RuffSyntaxError e) {
                fail("diagnostics for " + file.getFileName() + ":\n" + e.render());
            }
        }));
    }
}
