package dev.ruff.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front end (lexer, parser, AST, resolver) and the language enums depend on nothing of the runtime or the
 * backends: the data path has no back-edge (DESIGN.md §3). Checked on the sources' references.
 */
class FrontEndDependenciesTest {
    private static final Pattern BACKEND_REFERENCE =
            Pattern.compile("dev\\.ruff\\.(runtime|interp|vm|exec|async|prelude|spi)\\b");

    @Test
    void frontEndSourcesReferenceNoRuntimeOrBackendPackage() throws IOException {
        Path sources = Path.of("src/main/java/dev/ruff");
        assertTrue(Files.isDirectory(sources), "run from the ruff-core module folder: " + sources.toAbsolutePath());
        List<Path> files = Stream.of("lex", "parse", "ast", "resolve", "lang")
                .map(sources::resolve)
                .flatMap(FrontEndDependenciesTest::javaFiles)
                .toList();
        assertTrue(files.size() > 20, "found only " + files.size() + " front-end sources");
        List<String> offending = files.stream()
                .filter(f -> BACKEND_REFERENCE.matcher(read(f)).find())
                .map(Path::toString)
                .toList();
        assertEquals(List.of(), offending);
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
