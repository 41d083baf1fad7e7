package dev.ruff.stdlib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every native that takes a file path resolves a relative one against the engine's working directory
 * ({@code RuffEngine.Builder.workingDirectory}), never against the JVM's {@code user.dir}: the folder
 * here is a fresh temporary one, so a native reading the JVM's folder would miss its files and one
 * writing there would leave them outside it.
 */
class WorkingDirectoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void everyFileNativeResolvesRelativePathsAgainstTheEnginesWorkingDirectory(BackendType backend) throws IOException {
        Files.writeString(dir.resolve("data.txt"), "hello\nworld\n", StandardCharsets.UTF_8);
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("pic.png").toFile());
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).grantAll().out(out).err(out)
                .workingDirectory(dir).build()) {
            engine.eval("""
                    print(os_getcwd())
                    print(read_file("data.txt") == "hello\\nworld\\n", read_file_lossy("data.txt") == read_file("data.txt"))
                    print(read_lines("data.txt"))
                    print(file_exists("data.txt"), path_exists("data.txt"), path_is_file("data.txt"), path_is_dir("."))
                    print(file_size("data.txt"), io_file_metadata("data.txt")["size"], path_is_symlink("data.txt"))
                    print(sha256_file("data.txt") == sha256(read_file("data.txt")), md5_file("data.txt") == md5(read_file("data.txt")))
                    write_file("w.txt", "written")
                    append_file("w.txt", "+more")
                    create_dir("made/inner")
                    copy_file("data.txt", "made/copy.txt")
                    rename_file("made/copy.txt", "made/moved.txt")
                    print(sort(list_dir("made")))
                    b := read_binary_file("data.txt")
                    write_binary_file("b.bin", b)
                    io_write_bytes("io.bin", b)
                    io_append_bytes("io.bin", b)
                    io_write_at("io.bin", io_read_bytes("data.txt", 1), 0)
                    print(len(io_read_bytes("io.bin", 5)), len(io_read_at("io.bin", 2, 3)), len(io_seek_read("io.bin", 20)))
                    io_truncate("io.bin", 12)
                    io_copy_range("data.txt", "range.txt", 6, 5)
                    create_dir("empty")
                    os_rmdir("empty")
                    write_file("gone.txt", "x")
                    delete_file("gone.txt")
                    kv_set("k", "v")
                    print(kv_get("k"))
                    archive := zip_create("a.zip")
                    zip_add_file(archive, "data.txt")
                    zip_add_dir(archive, "made")
                    zip_close(archive)
                    unzip("a.zip", "unzipped")
                    db := db_connect("sqlite", "rel.db")
                    db_execute(db, "CREATE TABLE t (v INTEGER)", [])
                    db_close(db)
                    img := load_image("pic.png")
                    img.save("pic2.png")
                    print(img.width)
                    print(await async_write_file("aw.txt", "async"), await async_read_file("aw.txt"))
                    print(await async_write_files(["aw2.txt"], ["two"]), await async_read_files(["aw2.txt"]))
                    await ssg_render_and_write_pages(["a"], "site")
                    await ssg_read_render_and_write_pages(["data.txt"], "site2")
                    print(trim(spawn_process(["pwd"]).stdout) == path_absolute("."))
                    os_chdir("made")
                    print(read_file("moved.txt") == read_file("../data.txt"))
                    """);
        }
        String cwd = dir.toAbsolutePath().normalize().toString();
        assertEquals(cwd + "\n"
                + "true true\n"
                + "[hello, world]\n"
                + "true true true true\n"
                + "12 12 false\n"
                + "true true\n"
                + "[inner, moved.txt]\n"
                + "5 3 4\n"
                + "v\n"
                + "3\n"
                + "true async\n"
                + "[true] [two]\n"
                + "true\n"
                + "true\n", out.toString());
        assertEquals("written+more", Files.readString(dir.resolve("w.txt")));
        assertEquals("world", Files.readString(dir.resolve("range.txt")));
        assertEquals(12, Files.size(dir.resolve("io.bin")));
        assertEquals(12, Files.size(dir.resolve("b.bin")));
        assertTrue(Files.isRegularFile(dir.resolve("made/moved.txt")));
        assertTrue(Files.notExists(dir.resolve("empty")) && Files.notExists(dir.resolve("gone.txt")));
        assertTrue(Files.isRegularFile(dir.resolve(".ruff_kv.json")));
        try (ZipFile zip = new ZipFile(dir.resolve("a.zip").toFile())) {
            assertTrue(zip.getEntry("data.txt") != null, "zip holds data.txt");
        }
        assertTrue(Files.isRegularFile(dir.resolve("unzipped/data.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("rel.db")));
        assertTrue(Files.isRegularFile(dir.resolve("pic2.png")));
        assertTrue(Files.isRegularFile(dir.resolve("site/post_0.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site2/post_0.html")));
    }
}
