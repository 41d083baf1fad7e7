package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.NativeCall;
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

/**
 * {@code async_read_file(s)} and {@code async_write_file(s)} (ASYNC.md §5.4–5.5): arguments are checked
 * at the call, the I/O (java.nio.file) runs on the executor, failures reject. Writes go to a temporary
 * file moved into place; unlike {@code write_file} they replace an existing file.
 */
final class AsyncFileNatives {
    private static final String NOT_UTF8 = "stream did not contain valid UTF-8";

    private AsyncFileNatives() {
    }

    static Object readFile(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("async_read_file() expects 1 argument (path), got " + call.count());
        }
        if (!(call.arg(0) instanceof String p)) {
            throw call.error("async_read_file() requires a string path argument");
        }
        Path path = WorkingDirectory.resolve(call, p);
        return single(call.context().async(), i -> read(path, "Failed to read file '" + p + "': "));
    }

    static Object writeFile(NativeCall call) {
        if (call.count() != 2) {
            throw call.error("async_write_file() expects 2 arguments (path, content), got " + call.count());
        }
        if (!(call.arg(0) instanceof String p)) {
            throw call.error("async_write_file() requires a string path argument");
        }
        if (!(call.arg(1) instanceof String content)) {
            throw call.error("async_write_file() requires a string content argument");
        }
        Path path = WorkingDirectory.resolve(call, p);
        return single(call.context().async(), i -> write(path, content, "Failed to write file '" + p + "': "));
    }

    static Object readFiles(NativeCall call) {
        if (call.count() < 1 || call.count() > 2) {
            throw call.error("async_read_files() expects 1 or 2 arguments (paths, optional concurrency_limit), got "
                    + call.count());
        }
        if (!(call.arg(0) instanceof RuffArray paths)) {
            throw call.error("async_read_files() first argument must be an array of string paths");
        }
        Path[] resolved = new Path[paths.size()];
        for (int i = 0; i < resolved.length; i++) {
            if (!(paths.get(i) instanceof String p)) {
                throw call.error("async_read_files() path at index " + i + " must be a string");
            }
            resolved[i] = WorkingDirectory.resolve(call, p);
        }
        int limit = TaskPoolSize.limitArg(call, 1, "async_read_files");
        return BoundedBatch.start(call.context().async(), resolved.length, limit, i -> read(resolved[i],
                "Failed to read file '" + paths.get(i) + "' (index " + i + "): "));
    }

    static Object writeFiles(NativeCall call) {
        if (call.count() < 2 || call.count() > 3) {
            throw call.error("async_write_files() expects 2 or 3 arguments (paths, contents, optional "
                    + "concurrency_limit), got " + call.count());
        }
        if (!(call.arg(0) instanceof RuffArray paths)) {
            throw call.error("async_write_files() first argument must be an array of string paths");
        }
        if (!(call.arg(1) instanceof RuffArray contents)) {
            throw call.error("async_write_files() second argument must be an array of string contents");
        }
        if (paths.size() != contents.size()) {
            throw call.error("async_write_files() paths and contents arrays must have the same length (paths="
                    + paths.size() + ", contents=" + contents.size() + ")");
        }
        Path[] resolved = new Path[paths.size()];
        for (int i = 0; i < resolved.length; i++) {
            if (!(paths.get(i) instanceof String p)) {
                throw call.error("async_write_files() path at index " + i + " must be a string");
            }
            if (!(contents.get(i) instanceof String)) {
                throw call.error("async_write_files() content at index " + i + " must be a string");
            }
            resolved[i] = WorkingDirectory.resolve(call, p);
        }
        int limit = TaskPoolSize.limitArg(call, 2, "async_write_files");
        return BoundedBatch.start(call.context().async(), resolved.length, limit, i -> write(resolved[i],
                (String) contents.get(i), "Failed to write file '" + paths.get(i) + "' (index " + i + "): "));
    }

    /** One blocking operation on the executor, as a promise of its value. */
    private static RuffPromise single(AsyncRuntime runtime, BoundedBatch.Operation op) {
        RuffPromise batch = BoundedBatch.start(runtime, 1, 1, op);
        return RuffPromise.of(runtime, batch.future().thenApply(results -> ((RuffArray) results).get(0)));
    }

    private static Object read(Path path, String prefix) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IOException(prefix + OsErrorText.of(e));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(prefix + NOT_UTF8);
        }
    }

    private static Object write(Path path, String content, String prefix) throws IOException {
        try {
            AtomicFileWriter.write(path, content.getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new IOException(prefix + OsErrorText.of(e));
        }
        return true;
    }
}
