package dev.ruff.stdlib.ssg;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.async.BoundedBatch;
import dev.ruff.stdlib.async.TaskPoolSize;
import dev.ruff.stdlib.io.AtomicFileWriter;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bodies of the {@code ssg_*} natives. */
final class SsgNatives {
    private SsgNatives() {
    }

    /** Upstream's page template; {@code i} is the page's index in the input. */
    static String render(int i, String body) {
        return "<html><body><h1>Post " + i + "</h1><article>" + body + "</article></body></html>";
    }

    static Object renderPages(NativeCall call) {
        if (!(call.arg(0) instanceof RuffArray pages)) {
            throw call.error("ssg_render_pages() first argument must be an array of strings");
        }
        List<Object> out = new ArrayList<>(pages.size());
        long checksum = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (!(pages.get(i) instanceof String body)) {
                throw call.error("ssg_render_pages() source page at index " + i + " must be a string");
            }
            String html = render(i, body);
            checksum += html.getBytes(StandardCharsets.UTF_8).length;
            out.add(html);
        }
        RuffDict d = new RuffDict();
        d.putInPlace("pages", RuffArray.ofList(out));
        d.putInPlace("checksum", checksum);
        return d;
    }

    static Object buildOutputPaths(NativeCall call) {
        if (!(call.arg(0) instanceof String dir)) {
            throw call.error("ssg_build_output_paths() first argument must be a string output_dir");
        }
        if (!(call.arg(1) instanceof Long count) || count < 0) {
            throw call.error("ssg_build_output_paths() count must be a non-negative integer");
        }
        if (count > 10_000_000) {
            throw call.error("ssg_build_output_paths() count must be at most 10000000, got " + count);
        }
        String ext = ".html";
        if (call.count() == 3) {
            if (!(call.arg(2) instanceof String e)) {
                throw call.error("ssg_build_output_paths() extension must be a string");
            }
            ext = e;
        }
        List<Object> paths = new ArrayList<>((int) (long) count);
        for (int i = 0; i < count; i++) {
            paths.add(dir + "/post_" + i + ext);
        }
        return RuffArray.ofList(paths);
    }

    static Object renderAndWrite(NativeCall call) {
        String fn = "ssg_render_and_write_pages";
        RuffArray pages = sources(call, fn, "source page");
        Path dir = outputDir(call, fn);
        int limit = TaskPoolSize.limitArg(call, 2, fn);
        AsyncRuntime runtime = call.context().async();
        RuffPromise batch = BoundedBatch.start(runtime, pages.size(), limit,
                i -> write(dir, i, render(i, (String) pages.get(i))));
        return RuffPromise.of(runtime, batch.future().thenApply(results -> summary((RuffArray) results)));
    }

    static Object readRenderAndWrite(NativeCall call) {
        String fn = "ssg_read_render_and_write_pages";
        call.context().requireGranted(Capability.FS_READ, fn);
        RuffArray sources = sources(call, fn, "source path");
        Path dir = outputDir(call, fn);
        int limit = TaskPoolSize.limitArg(call, 2, fn);
        Path[] inputs = new Path[sources.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = WorkingDirectory.readable(call, (String) sources.get(i));
        }
        AsyncRuntime runtime = call.context().async();
        long started = System.nanoTime();
        RuffPromise reads = BoundedBatch.start(runtime, inputs.length, limit, i -> read(inputs[i], (String) sources.get(i), i));
        return RuffPromise.of(runtime, reads.future().thenCompose(texts -> {
            long readMs = (System.nanoTime() - started) / 1_000_000;
            long writeStarted = System.nanoTime();
            RuffArray bodies = (RuffArray) texts;
            RuffPromise writes = BoundedBatch.start(runtime, bodies.size(), limit,
                    i -> write(dir, i, render(i, (String) bodies.get(i))));
            return writes.future().thenApply(results -> {
                RuffDict d = summary((RuffArray) results);
                d.putInPlace("read_ms", readMs);
                d.putInPlace("render_write_ms", (System.nanoTime() - writeStarted) / 1_000_000);
                return d;
            });
        }));
    }

    private static RuffDict summary(RuffArray byteCounts) {
        long checksum = 0;
        for (Object n : byteCounts) {
            checksum += (Long) n;
        }
        RuffDict d = new RuffDict();
        d.putInPlace("checksum", checksum);
        d.putInPlace("files", (long) byteCounts.size());
        return d;
    }

    private static RuffArray sources(NativeCall call, String fn, String what) {
        if (call.count() < 2 || call.count() > 3) {
            throw call.error(fn + "() expects 2 or 3 arguments (pages, output_dir, optional concurrency_limit), got "
                    + call.count());
        }
        if (!(call.arg(0) instanceof RuffArray items)) {
            throw call.error(fn + "() first argument must be an array of strings");
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String)) {
                throw call.error(fn + "() " + what + " at index " + i + " must be a string");
            }
        }
        return items;
    }

    private static Path outputDir(NativeCall call, String fn) {
        if (!(call.arg(1) instanceof String dir)) {
            throw call.error(fn + "() second argument must be a string output_dir");
        }
        return WorkingDirectory.resolve(call, dir);
    }

    /** Writes page {@code i}; returns its size in bytes. */
    private static Object write(Path dir, int i, String html) throws IOException {
        Path target = dir.resolve("post_" + i + ".html");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
            AtomicFileWriter.write(target, bytes, true);
        } catch (IOException e) {
            throw new IOException("Failed to write file '" + target + "' (index " + i + "): " + OsErrorText.of(e));
        }
        return (long) bytes.length;
    }

    private static Object read(Path path, String shown, int i) throws IOException {
        String prefix = "Failed to read file '" + shown + "' (index " + i + "): ";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IOException(prefix + OsErrorText.of(e));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(prefix + "stream did not contain valid UTF-8");
        }
    }
}
