package dev.ruff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the repository and the shared golden corpus beside it are, for tests that read them. Test fixture. */
public final class ConformanceCorpus {
    private ConformanceCorpus() {
    }

    /** The reactor root: the topmost folder of the unbroken chain of folders holding a pom.xml. */
    public static Path reactorRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        Path root = null;
        while (dir != null && Files.isRegularFile(dir.resolve("pom.xml"))) {
            root = dir;
            dir = dir.getParent();
        }
        return root;
    }

    /** {@code ../shared/conformance/cases} relative to the reactor root, or null when there is no root. */
    public static Path casesFolder() {
        Path root = reactorRoot();
        return root == null ? null : root.resolve("../shared/conformance/cases").normalize();
    }
}
