package dev.ruff.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ruff.ConformanceCorpus;
import dev.ruff.diag.RuffSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program of the shared conformance corpus must parse without a diagnostic. */
class ConformanceCorpusParseTest {

    @TestFactory
    Stream<DynamicTest> everyConformanceCaseParsesWithoutDiagnostics() throws IOException {
        Path cases = ConformanceCorpus.casesFolder();
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
