package dev.ruff.stdlib.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Types;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipModuleTest {
    private final Natives n = new Natives(new ZipModule());

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void buildAndExtract() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "alpha");
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("b.txt"), "beta");
        Object zip = n.call("zip_create", p("out.zip"));
        assertEquals("ziparchive", Types.typeName(zip));
        assertEquals("<unknown>", Display.display(zip));
        assertEquals(true, n.call("zip_add_file", zip, p("a.txt")));
        assertEquals(true, n.call("zip_add_dir", zip, p("tree")));
        assertFalse(Files.exists(dir.resolve("out.zip")), "the archive appears only when finished");
        assertEquals(true, n.call("zip_close", zip));
        assertTrue(Files.size(dir.resolve("out.zip")) > 0);
        assertEquals("Zip archive has already been closed", n.error("zip_close", zip));
        assertEquals("Zip archive has been closed", n.error("zip_add_file", zip, p("a.txt")));

        List<Object> written = Natives.items(n.call("unzip", p("out.zip"), p("x")));
        assertEquals(List.of(p("x") + "/a.txt", p("x") + "/sub/b.txt"), written);
        assertEquals("alpha", Files.readString(dir.resolve("x/a.txt")));
        assertEquals("beta", Files.readString(dir.resolve("x/sub/b.txt")));
    }

    @Test
    void errors() throws IOException {
        assertEquals("Failed to create zip file '" + p("no/dir/z.zip") + "': No such file or directory (os error 2)",
                n.error("zip_create", p("no/dir/z.zip")));
        Object zip = n.call("zip_create", p("z.zip"));
        assertEquals("Failed to read source file '" + p("missing") + "': No such file or directory (os error 2)",
                n.error("zip_add_file", zip, p("missing")));
        assertEquals("zip_add_file requires (ZipArchive, string_path) arguments", n.error("zip_add_file", "zip", "x"));
        assertEquals("zip_add_file expects 2 arguments, got 1", n.error("zip_add_file", zip));
        assertEquals("Failed to open zip file '" + p("none.zip") + "': No such file or directory (os error 2)",
                n.error("unzip", p("none.zip"), p("o")));
        Files.writeString(dir.resolve("bad.zip"), "not a zip");
        assertTrue(n.error("unzip", p("bad.zip"), p("o")).startsWith("Failed to read zip archive '" + p("bad.zip") + "': "));
    }

    @Test
    void refusesEntriesThatEscape() throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("evil.zip")))) {
            z.putNextEntry(new ZipEntry("../evil.txt"));
            z.write("x".getBytes());
            z.closeEntry();
        }
        assertEquals("Unsafe archive entry '../evil.txt': extraction path escapes output directory",
                n.error("unzip", p("evil.zip"), p("out")));
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }

    @Test
    void refusesOversizeEntries() throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.zip")))) {
            z.putNextEntry(new ZipEntry("big.bin"));
            OutputStream o = z;
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                o.write(zeros);
            }
            z.closeEntry();
        }
        assertEquals("Zip entry 'big.bin' exceeds maximum size (16777216 bytes)", n.error("unzip", p("bomb.zip"), p("o")));
        assertFalse(Files.exists(dir.resolve("o/big.bin")), "a refused entry leaves no partial file");
    }

    @Test
    void needsWriteCapability() {
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: filesystem-write required for zip_create; rerun with --allow-fs-write",
                n.error("zip_create", "x.zip"));
    }
}
