package dev.ruff.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathModuleTest {
    private final Natives n = new Natives(new PathModule());

    @TempDir
    Path dir;

    @Test
    void join() {
        assertEquals("a/b/c.txt", n.call("join_path", "a", "b", "c.txt"));
        assertEquals("a/b", n.call("path_join", "a/", "b"));
        assertEquals("/etc/x", n.call("join_path", "a", "/etc", "x"));
        assertEquals("only", n.call("join_path", "only"));
        assertEquals("join_path requires at least one string argument", n.error("join_path"));
        assertEquals("join_path argument 2 must be a string", n.error("join_path", "a", 1L));
        assertEquals("path_join argument 1 must be a string", n.error("path_join", true));
    }

    @Test
    void dirnameAndBasename() {
        assertEquals("/usr/local", n.call("dirname", "/usr/local/bin"));
        assertEquals("", n.call("dirname", "file.txt"));
        assertEquals("/", n.call("dirname", "/"));
        assertEquals("/", n.call("dirname", ""));
        assertEquals("/", n.call("dirname", "/etc"));
        assertEquals("a", n.call("dirname", "a/b/"));
        assertEquals("bin", n.call("basename", "/usr/local/bin"));
        assertEquals("b", n.call("basename", "a/b/"));
        assertEquals("", n.call("basename", "/"));
        assertEquals("", n.call("basename", "a/.."));
        assertEquals("dirname expects 1 arguments, got 2", n.error("dirname", "a", "b"));
        assertEquals("basename requires a string path argument", n.error("basename", 1L));
    }

    @Test
    void extension() {
        assertEquals("gz", n.call("path_extension", "a.tar.gz"));
        assertEquals("", n.call("path_extension", ".bashrc"));
        assertEquals("", n.call("path_extension", "README"));
        assertEquals("", n.call("path_extension", "file."));
        assertEquals("txt", n.call("path_extension", "/x/y/notes.txt"));
    }

    @Test
    void fileQueries() throws IOException {
        Path f = Files.writeString(dir.resolve("f.txt"), "x");
        Path missing = dir.resolve("missing");
        assertEquals(true, n.call("path_exists", f.toString()));
        assertEquals(false, n.call("path_exists", missing.toString()));
        assertEquals(true, n.call("path_is_file", f.toString()));
        assertEquals(false, n.call("path_is_file", dir.toString()));
        assertEquals(true, n.call("path_is_dir", dir.toString()));
        assertEquals(false, n.call("path_is_dir", missing.toString()));
        Path link = Files.createSymbolicLink(dir.resolve("link"), f);
        assertEquals(true, n.call("path_is_symlink", link.toString()));
        assertEquals(false, n.call("path_is_symlink", f.toString()));
        assertEquals("Cannot inspect symlink status for '" + missing + "': No such file or directory (os error 2)",
                n.error("path_is_symlink", missing.toString()));
        assertEquals(f.toRealPath().toString(), n.call("path_absolute", link.toString()));
        assertEquals("Cannot get absolute path for 'nope/x': No such file or directory (os error 2)",
                n.error("path_absolute", "nope/x"));
    }

    @Test
    void workingDirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "x");
        assertEquals(true, n.call("os_chdir", dir.toString()));
        assertEquals(dir.toRealPath().toString(), n.call("os_getcwd"));
        assertEquals(true, n.call("os_chdir", "sub"));
        assertEquals(true, n.call("path_is_file", "inner.txt"));
        assertEquals("Cannot change directory to 'nowhere': No such file or directory (os error 2)",
                n.error("os_chdir", "nowhere"));
        assertEquals("Cannot change directory to 'inner.txt': Not a directory (os error 20)",
                n.error("os_chdir", "inner.txt"));
        assertEquals("os_getcwd() expects 0 arguments, got 1", n.error("os_getcwd", "x"));
    }

    @Test
    void rmdir() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(true, n.call("os_rmdir", empty.toString()));
        assertEquals(false, Files.exists(empty));
        assertEquals("Cannot remove directory '" + full + "': Directory not empty (os error 39)",
                n.error("os_rmdir", full.toString()));
        assertEquals("Cannot remove directory '" + empty + "': No such file or directory (os error 2)",
                n.error("os_rmdir", empty.toString()));
        assertEquals("Cannot remove directory '" + full.resolve("x") + "': Not a directory (os error 20)",
                n.error("os_rmdir", full.resolve("x").toString()));
    }

    @Test
    void capabilities() {
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: filesystem-read required for dirname; rerun with --allow-fs-read",
                n.error("dirname", "a"));
        assertEquals("Capability denied: filesystem-delete required for os_rmdir; rerun with --allow-fs-delete",
                n.error("os_rmdir", "a"));
        assertEquals("Capability denied: filesystem-write required for os_chdir; rerun with --allow-fs-write",
                n.error("os_chdir", "a"));
    }
}
