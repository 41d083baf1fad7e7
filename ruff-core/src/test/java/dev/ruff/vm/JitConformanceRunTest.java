package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ruff.ConformanceCorpus;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the shared conformance corpus prints the same and fails the same way whether its functions
 * run on the dispatch loop, are all compiled at their first call, or move into compiled code after two calls or
 * loop iterations. (Whether that output matches upstream is the CLI's conformance ratchet; natives of
 * {@code ruff-stdlib} are absent here, so some cases stop early, identically in every configuration.)
 */
class JitConformanceRunTest {

    /** What the script printed (output and error writer), how it ended, and the Ruff stack of an error. */
    private static String run(Path script, int threshold) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String end;
        try (RuffEngine engine = RuffEngine.builder().compileThreshold(threshold).out(out).err(err)
                .module(new TestNatives()).build()) {
            try {
                engine.compile(script).run();
                end = "completed";
            } catch (RuffRuntimeError e) {
                end = "error " + e.getMessage() + " @ " + e.pos() + " stack "
                        + e.stack().stream().map(StackEntry::toString).collect(Collectors.joining(", "));
            } catch (RuffExit e) {
                end = "exit " + e.getMessage();
            }
        }
        return out + "\n-- stderr --\n" + err + "\n-- " + end;
    }

    @TestFactory
    Stream<DynamicTest> everyConformanceCaseBehavesTheSameWithCompiledFunctions() throws IOException {
        Path cases = ConformanceCorpus.casesFolder();
        Assumptions.assumeTrue(cases != null && Files.isDirectory(cases),
                "conformance corpus not found at ../shared/conformance/cases relative to the reactor root; skipping");
        List<Path> files;
        try (Stream<Path> list = Files.list(cases)) {
            files = list.filter(p -> p.toString().endsWith(".ruff")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no .ruff files in " + cases);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            long failures = JitCompiler.failures();
            String reference = run(file, -1);
            Assumptions.assumeTrue(reference.equals(run(file, -1)),
                    "output differs between two runs on the dispatch loop (clock, randomness); not comparable");
            assertEquals(reference, run(file, 0), "every function compiled at its first call");
            assertEquals(reference, run(file, 2), "functions and loops compiled once warm");
            assertEquals(failures, JitCompiler.failures(), "no translation failed");
        }));
    }
}
