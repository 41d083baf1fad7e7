package dev.ruff.stdlib.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The static-site benchmark helpers: the template, paths, checksums and the promise-returning writers. */
class SsgModuleTest {
    @TempDir
    Path dir;

    private String slash(Path p) {
        return p.toString().replace("\\", "/");
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void renderPagesUsesUpstreamsTemplateAndByteChecksum(BackendType backend) {
        String first = "<html><body><h1>Post 0</h1><article>é</article></body></html>";
        String second = "<html><body><h1>Post 1</h1><article>b</article></body></html>";
        long checksum = first.getBytes(StandardCharsets.UTF_8).length + second.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(first + "\n" + checksum + "\n[out/post_0.html, out/post_1.html]\n[x/post_0.md]\n",
                Scripts.run(backend, """
                        r := ssg_render_pages(["é", "b"])
                        print(r["pages"][0])
                        print(r["checksum"])
                        print(ssg_build_output_paths("out", 2))
                        print(ssg_build_output_paths("x", 1, ".md"))
                        """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void renderAndWriteResolvesWithChecksumAndFileCount(BackendType backend) throws IOException {
        String out = slash(dir.resolve("site"));
        String printed = Scripts.run(backend, """
                r := await ssg_render_and_write_pages(["a", "b", "c"], "%s", 2)
                print(r["files"])
                print(r["checksum"] == ssg_render_pages(["a", "b", "c"])["checksum"])
                """.formatted(out));
        assertEquals("3\ntrue\n", printed);
        assertEquals("<html><body><h1>Post 2</h1><article>c</article></body></html>",
                Files.readString(dir.resolve("site/post_2.html")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void readRenderAndWriteReadsSourcesAndReportsTimings(BackendType backend) throws IOException {
        Files.writeString(dir.resolve("a.md"), "alpha");
        Files.writeString(dir.resolve("b.md"), "beta");
        String printed = Scripts.run(backend, """
                r := await ssg_read_render_and_write_pages(["%1$s/a.md", "%1$s/b.md"], "%1$s/out")
                print(r["files"])
                print(type(r["read_ms"]) + " " + type(r["render_write_ms"]))
                try { await ssg_read_render_and_write_pages(["%1$s/missing.md"], "%1$s/out") } except e { print(e.message) }
                """.formatted(slash(dir)));
        String[] lines = printed.split("\n");
        assertEquals("2", lines[0]);
        assertEquals("int int", lines[1]);
        assertEquals("Promise rejected: Failed to read file '" + slash(dir)
                + "/missing.md' (index 0): No such file or directory (os error 2)", lines[2]);
        assertTrue(Files.readString(dir.resolve("out/post_1.html")).contains("<article>beta</article>"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void validationRaisesBeforeAnyWork(BackendType backend) {
        assertEquals("""
                ssg_render_and_write_pages() source page at index 1 must be a string
                ssg_render_and_write_pages() second argument must be a string output_dir
                ssg_render_and_write_pages() concurrency_limit must be > 0, got 0
                ssg_render_pages() source page at index 0 must be a string
                """, Scripts.run(backend, """
                try { ssg_render_and_write_pages(["a", 2], "out") } except e { print(e.message) }
                try { ssg_render_and_write_pages(["a"], 5) } except e { print(e.message) }
                try { ssg_render_and_write_pages(["a"], "out", 0) } except e { print(e.message) }
                try { ssg_render_pages([null]) } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void writersNeedFilesystemWrite(BackendType backend) {
        assertEquals("Capability denied: filesystem-write required for ssg_render_and_write_pages; "
                + "grant it with RuffEngine.builder().grant(Capability.FS_WRITE)\n", Scripts.runGranting(backend, """
                try { ssg_render_and_write_pages(["a"], "out") } except e { print(e.message) }
                """, Capability.CLOCK));
    }
}
