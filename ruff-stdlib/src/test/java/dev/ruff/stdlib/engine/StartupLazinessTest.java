package dev.ruff.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host pays for what it uses: building an engine and running scripts that call no JSON or crypto
 * native loads no Jackson and no BouncyCastle class, builds no stdlib native until a script looks one
 * up, and registering every module (as listing the natives does) loads neither library either. Checked in a fresh JVM with class loading logged ({@link StartupPhases}), so it fails as
 * soon as a module touches a heavy dependency while it registers (a static field, a method reference
 * to a class that uses the library, ...). Not timed: the time is in {@code benchmarks/startup}.
 */
class StartupLazinessTest {
    private static final String JACKSON = "com.fasterxml.jackson.";
    private static final String BOUNCY_CASTLE = "org.bouncycastle.";
    /** Any class of the standard library. */
    private static final String STDLIB = "dev.ruff.stdlib.";
    /** Lambdas of stdlib natives: a module's register has run. */
    private static final String STDLIB_LAMBDA = "dev.ruff.stdlib.";

    /** Classes loaded in each phase, by the marker that ends it. */
    private static Map<String, List<String>> loadedByPhase;

    @BeforeAll
    static void runPhasesInAFreshJvm(@TempDir Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                StartupPhases.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe JVM did not finish");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join("\n", lines));
        loadedByPhase = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("=== phase: ")) {
                loadedByPhase.put(line, current);
                current = new ArrayList<>();
            } else if (line.contains("[class,load]")) {
                current.add(line.replaceFirst("^.*\\[class,load\\] ", "").replaceFirst(" source: .*$", ""));
            }
        }
        assertEquals(List.of(StartupPhases.AFTER_FIRST_EVAL, StartupPhases.AFTER_PLAIN_SCRIPT,
                StartupPhases.AFTER_LISTING, StartupPhases.AFTER_JSON, StartupPhases.AFTER_PASSWORD), List.copyOf(loadedByPhase.keySet()),
                () -> String.join("\n", lines));
    }

    private static List<String> loaded(String phase, String prefix) {
        return loadedByPhase.get(phase).stream().filter(c -> c.startsWith(prefix)).toList();
    }

    private static void assertNoneLoaded(String phase, String prefix) {
        List<String> found = loaded(phase, prefix);
        assertTrue(found.isEmpty(), () -> found.size() + " classes " + prefix + "* loaded by \"" + phase
                + "\", first: " + found.subList(0, Math.min(10, found.size())));
    }

    @Test
    void firstEngineAndEvalLoadNeitherJacksonNorBouncyCastle() {
        assertNoneLoaded(StartupPhases.AFTER_FIRST_EVAL, JACKSON);
        assertNoneLoaded(StartupPhases.AFTER_FIRST_EVAL, BOUNCY_CASTLE);
    }

    @Test
    void firstEngineAndEvalRegisterNoStdlibModule() {
        List<String> lambdas = loaded(StartupPhases.AFTER_FIRST_EVAL, STDLIB_LAMBDA).stream()
                .filter(c -> c.contains("$$Lambda")).toList();
        assertTrue(lambdas.isEmpty(), () -> "stdlib modules registered before a script used one of their natives: "
                + lambdas.subList(0, Math.min(10, lambdas.size())));
    }

    /**
     * Nothing on the way to a first result is a lambda or method reference: the first one in a JVM starts the
     * lambda machinery (its metafactory, ASM, dozens of method-handle classes), about a tenth of a host's first
     * engine + eval. Generic hosts through {@code javax.script} pay it anyway (the JDK's script manager uses lambdas).
     */
    @Test
    void firstEngineAndEvalStartNoLambdaMachinery() {
        assertNoneLoaded(StartupPhases.AFTER_FIRST_EVAL, "java.lang.invoke.InnerClassLambdaMetafactory");
    }

    /**
     * On the class path the engine reads the module providers' names from the service files: no stdlib class is
     * even loaded (as {@code ServiceLoader.stream()} would load every provider class) before a script looks up
     * one of its natives.
     */
    @Test
    void firstEngineAndEvalLoadNoStdlibClass() {
        List<String> found = loaded(StartupPhases.AFTER_FIRST_EVAL, STDLIB).stream()
                .filter(c -> !c.startsWith(StartupPhases.class.getName())).toList(); // the probe itself
        assertTrue(found.isEmpty(), () -> "stdlib classes loaded by the first engine + eval: "
                + found.subList(0, Math.min(10, found.size())));
    }

    @Test
    void scriptUsingOnlyPlainNativesLoadsNeitherJacksonNorBouncyCastle() {
        assertNoneLoaded(StartupPhases.AFTER_PLAIN_SCRIPT, JACKSON);
        assertNoneLoaded(StartupPhases.AFTER_PLAIN_SCRIPT, BOUNCY_CASTLE);
    }

    /**
     * Listing the natives runs every module's register: none may build or even load a heavy dependency
     * there (a static mapper, a method reference to a class whose code uses the library, ...).
     */
    @Test
    void registeringEveryModuleLoadsNeitherJacksonNorBouncyCastle() {
        assertNoneLoaded(StartupPhases.AFTER_LISTING, JACKSON);
        assertNoneLoaded(StartupPhases.AFTER_LISTING, BOUNCY_CASTLE);
        assertTrue(loaded(StartupPhases.AFTER_LISTING, STDLIB_LAMBDA).size() > 100, "listing registered no module");
    }

    /** The log really shows the libraries once a script needs them (so the checks above can fail). */
    @Test
    void jsonAndPasswordNativesLoadTheirLibrariesAtTheirFirstCall() {
        assertTrue(loaded(StartupPhases.AFTER_JSON, JACKSON).size() > 10, "parse_json loaded no Jackson class");
        assertNoneLoaded(StartupPhases.AFTER_JSON, BOUNCY_CASTLE);
        assertTrue(loaded(StartupPhases.AFTER_PASSWORD, BOUNCY_CASTLE).size() > 0,
                "verify_password loaded no BouncyCastle class");
    }
}
