package dev.ruff.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * One benchmark workload: the Ruff script {@code workloads/NAME.ruff} on the class path and the value
 * its {@code run()} function returns (from {@code workloads/expected.properties}, which the CPython
 * driver reads too, so both runtimes are checked against the same numbers).
 *
 * <p>Each script defines {@code run()} and, run as a plain script, prints {@code run()}'s result.
 * A host that passes the script argument {@link #DEFINE_ONLY} gets {@code run()} defined and nothing
 * run, so a benchmark can call it repeatedly.</p>
 */
public record Workload(String name, String source, String expected) {
    /** The script argument that makes a workload script only define {@code run()}. */
    public static final String DEFINE_ONLY = "define-only";

    private static final String FOLDER = "workloads/";

    /** Every workload name, sorted. */
    public static List<String> names() {
        return expectedResults().stringPropertyNames().stream().sorted().toList();
    }

    /** Loads the named workload's script and expected result from the class path. */
    public static Workload load(String name) {
        String expected = expectedResults().getProperty(name);
        if (expected == null) {
            throw new IllegalArgumentException("unknown workload: " + name + " (known: " + names() + ")");
        }
        return new Workload(name, readResource(name + ".ruff"), expected);
    }

    /**
     * The source of this workload's twin in another language, {@code workloads/NAME.EXTENSION} on
     * the class path ({@code js}, {@code lua}): the same algorithm and sizes, checked against the
     * same {@link #expected()} value.
     */
    public String twinSource(String extension) {
        return readResource(name + "." + extension);
    }

    /** The file name the script is compiled under (shows in Ruff diagnostics). */
    public String fileName() {
        return name + ".ruff";
    }

    private static Properties expectedResults() {
        Properties expected = new Properties();
        try (InputStream in = open("expected.properties")) {
            expected.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static String readResource(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Workload.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + FOLDER + file);
        }
        return in;
    }
}
