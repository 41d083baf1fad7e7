package dev.ruff.stdlib.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import dev.ruff.stdlib.os.PathModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemModuleTest {
    private final Natives n = new Natives(new FilesystemModule(), new PathModule());

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private static RuffBytes bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return RuffBytes.wrap(b);
    }

    @Test
    void writeThenRead() {
        assertEquals(true, n.call("write_file", p("a.txt"), "héllo\nworld\r\n"));
        assertEquals("héllo\nworld\r\n", n.call("read_file", p("a.txt")));
        assertEquals(List.of("héllo", "world"), Natives.items(n.call("read_lines", p("a.txt"))));
        assertEquals(true, n.call("file_exists", p("a.txt")));
        assertEquals(false, n.call("file_exists", p("nope.txt")));
        assertEquals(14L, n.call("file_size", p("a.txt")));
    }

    @Test
    void writeRefusesToOverwriteWithoutTheFlag() throws IOException {
        n.call("write_file", p("a.txt"), "one");
        assertEquals("Cannot write file '" + p("a.txt") + "': file already exists (pass overwrite=true to replace it)",
                n.error("write_file", p("a.txt"), "two"));
        assertEquals("Cannot write file '" + p("a.txt") + "': file already exists (pass overwrite=true to replace it)",
                n.error("write_file", p("a.txt"), "two", false));
        assertEquals(true, n.call("write_file", p("a.txt"), "two", true));
        assertEquals("two", Files.readString(dir.resolve("a.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void writeErrors() {
        assertEquals("write_file requires 2 or 3 arguments: path, content/bytes, [overwrite]", n.error("write_file", "x"));
        assertEquals("write_file optional overwrite flag must be a bool", n.error("write_file", p("x"), "c", "yes"));
        assertEquals("write_file requires string arguments", n.error("write_file", p("x"), 1L));
        assertEquals("Cannot write file '" + p("no/such/x") + "': No such file or directory (os error 2)",
                n.error("write_file", p("no/such/x"), "c"));
        String big = "x".repeat(8 * 1024 * 1024 + 1);
        assertEquals("Cannot write file '" + p("big") + "': payload exceeds maximum write size (8388609 bytes > 8388608 bytes)",
                n.error("write_file", p("big"), big));
        assertFalse(Files.exists(dir.resolve("big")));
    }

    @Test
    void readErrors() throws IOException {
        assertEquals("Cannot read file '" + p("missing") + "': No such file or directory (os error 2)",
                n.error("read_file", p("missing")));
        assertEquals("read_file_sync requires a string path argument", n.error("read_file", 1L));
        assertEquals("read_file_sync requires a string path argument", n.error("read_file"));
        Files.write(dir.resolve("bin"), new byte[] {(byte) 0xff, 'a'});
        assertEquals("Cannot read file '" + p("bin") + "': stream did not contain valid UTF-8", n.error("read_file", p("bin")));
        assertEquals("\uFFFDa", n.call("read_file_lossy", p("bin")));
        assertEquals("read_file_lossy expects 1 arguments, got 2", n.error("read_file_lossy", "a", "b"));
        assertEquals("Cannot read file '" + dir + "': Is a directory (os error 21)", n.error("read_file", dir.toString()));
        try (var f = new java.io.RandomAccessFile(dir.resolve("huge").toFile(), "rw")) {
            f.setLength(8L * 1024 * 1024 + 5);
        }
        assertEquals("Cannot read file '" + p("huge") + "': exceeds maximum read size (8388613 bytes > 8388608 bytes)",
                n.error("read_file", p("huge")));
    }

    @Test
    void append() throws IOException {
        assertEquals(true, n.call("append_file", p("log"), "a"));
        assertEquals(true, n.call("append_file", p("log"), "b"));
        assertEquals("ab", Files.readString(dir.resolve("log")));
        assertEquals("append_file requires string arguments", n.error("append_file", p("log"), 3L));
        assertEquals("Cannot open file '" + p("x/y") + "': No such file or directory (os error 2)",
                n.error("append_file", p("x/y"), "a"));
    }

    @Test
    void directories() throws IOException {
        assertEquals(true, n.call("create_dir", p("a/b/c")));
        assertEquals(true, n.call("create_dir", p("a/b/c")));
        Files.writeString(dir.resolve("a/f"), "x");
        List<Object> names = Natives.items(n.call("list_dir", p("a")));
        assertEquals(List.of("b", "f"), names.stream().sorted().toList());
        assertEquals("Cannot list directory '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("list_dir", p("zz")));
        assertEquals("Cannot create directory '" + p("a/f/x") + "': Not a directory (os error 20)",
                n.error("create_dir", p("a/f/x")));
        assertEquals("Cannot get file size for '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("file_size", p("zz")));
    }

    @Test
    void deleteRenameCopy() throws IOException {
        Files.writeString(dir.resolve("a"), "data");
        assertEquals(true, n.call("copy_file", p("a"), p("b")));
        assertEquals("data", Files.readString(dir.resolve("b")));
        assertEquals(true, n.call("rename_file", p("b"), p("c")));
        assertFalse(Files.exists(dir.resolve("b")));
        assertEquals(true, n.call("delete_file", p("c")));
        assertEquals("Cannot delete file '" + p("c") + "': No such file or directory (os error 2)",
                n.error("delete_file", p("c")));
        assertEquals("Cannot delete file '" + dir + "': path is a directory", n.error("delete_file", dir.toString()));
        assertEquals("Cannot rename file '" + p("q") + "' to '" + p("r") + "': No such file or directory (os error 2)",
                n.error("rename_file", p("q"), p("r")));
        assertEquals("Cannot copy file '" + p("q") + "' to '" + p("r") + "': No such file or directory (os error 2)",
                n.error("copy_file", p("q"), p("r")));
        assertEquals("copy_file expects 2 arguments, got 1", n.error("copy_file", p("q")));
    }

    @Test
    void binaryFiles() throws IOException {
        assertEquals(true, n.call("write_binary_file", p("b.bin"), bytes(0, 1, 255)));
        RuffBytes back = (RuffBytes) n.call("read_binary_file", p("b.bin"));
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, back.toByteArray());
        assertEquals("write_binary_file requires path (string) and bytes arguments",
                n.error("write_binary_file", p("c.bin"), "text"));
        assertTrue(n.error("write_binary_file", p("b.bin"), bytes(1)).endsWith("file already exists (pass overwrite=true to replace it)"));
        assertEquals("Cannot read binary file '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("read_binary_file", p("zz")));
    }

    @Test
    void positionedIo() throws IOException {
        assertEquals(true, n.call("io_write_bytes", p("f"), bytes(1, 2, 3, 4, 5)));
        assertEquals(true, n.call("io_write_bytes", p("f"), bytes(1, 2, 3, 4, 5)));
        assertEquals(true, n.call("io_append_bytes", p("f"), bytes(6)));
        assertArrayEquals(new byte[] {1, 2}, ((RuffBytes) n.call("io_read_bytes", p("f"), 2L)).toByteArray());
        assertArrayEquals(new byte[] {3, 4}, ((RuffBytes) n.call("io_read_at", p("f"), 2L, 2L)).toByteArray());
        assertArrayEquals(new byte[] {5, 6}, ((RuffBytes) n.call("io_seek_read", p("f"), 4L)).toByteArray());
        assertArrayEquals(new byte[0], ((RuffBytes) n.call("io_seek_read", p("f"), 40L)).toByteArray());
        assertEquals(true, n.call("io_write_at", p("f"), bytes(9, 9), 1L));
        assertArrayEquals(new byte[] {1, 9, 9, 4, 5, 6}, Files.readAllBytes(dir.resolve("f")));
        assertEquals(true, n.call("io_write_at", p("f"), bytes(7), 8L));
        assertArrayEquals(new byte[] {1, 9, 9, 4, 5, 6, 0, 0, 7}, Files.readAllBytes(dir.resolve("f")));
        assertEquals(true, n.call("io_truncate", p("f"), 3L));
        assertArrayEquals(new byte[] {1, 9, 9}, Files.readAllBytes(dir.resolve("f")));
        assertEquals(true, n.call("io_copy_range", p("f"), p("g"), 1L, 5L));
        assertArrayEquals(new byte[] {9, 9}, Files.readAllBytes(dir.resolve("g")));
        assertEquals("io_read_bytes count must be non-negative", n.error("io_read_bytes", p("f"), -1L));
        assertEquals("Cannot open file '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("io_read_bytes", p("zz"), 1L));
        assertEquals("Cannot open file '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("io_write_at", p("zz"), bytes(1), 0L));
        assertEquals("io_write_bytes requires (path, bytes) arguments", n.error("io_write_bytes", p("f"), "x"));
        assertEquals("io_read_at expects 3 arguments, got 2", n.error("io_read_at", p("f"), 1L));
    }

    @Test
    void metadata() throws IOException {
        Files.writeString(dir.resolve("m"), "abc");
        RuffDict m = (RuffDict) n.call("io_file_metadata", p("m"));
        assertEquals(3L, m.get("size"));
        assertEquals(true, m.get("is_file"));
        assertEquals(false, m.get("is_dir"));
        assertEquals(false, m.get("readonly"));
        assertTrue(m.get("modified") instanceof Long);
        assertEquals("Cannot get metadata for '" + p("zz") + "': No such file or directory (os error 2)",
                n.error("io_file_metadata", p("zz")));
    }

    @Test
    void relativePathsFollowOsChdir() throws IOException {
        n.call("os_chdir", dir.toString());
        n.call("write_file", "rel.txt", "x");
        assertEquals("x", Files.readString(dir.resolve("rel.txt"), StandardCharsets.UTF_8));
        assertEquals("x", n.call("read_file", "rel.txt"));
    }

    @Test
    void capabilities() {
        n.withContext(TestContext.untrusted());
        assertEquals("Capability denied: filesystem-read required for read_file; rerun with --allow-fs-read",
                n.error("read_file", "x"));
        assertEquals("Capability denied: filesystem-write required for write_file; rerun with --allow-fs-write",
                n.error("write_file", "x", "y"));
        assertEquals("Capability denied: filesystem-delete required for delete_file; rerun with --allow-fs-delete",
                n.error("delete_file", "x"));
    }
}
