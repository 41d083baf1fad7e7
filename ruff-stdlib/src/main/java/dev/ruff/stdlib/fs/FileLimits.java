package dev.ruff.stdlib.fs;

import dev.ruff.spi.NativeCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 8 MiB cap on whole-file reads and write payloads, with upstream's messages. */
final class FileLimits {
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private FileLimits() {
    }

    /** Reads all of {@code file} after checking its size; {@code prefix} starts error messages. */
    static byte[] readAll(NativeCall call, Path file, String prefix) throws IOException {
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw call.error(prefix + "exceeds maximum read size (" + size + " bytes > " + MAX_BYTES + " bytes)");
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > MAX_BYTES) {
            throw call.error(prefix + "exceeds maximum read size (" + bytes.length + " bytes > " + MAX_BYTES + " bytes)");
        }
        return bytes;
    }

    /** Raises when a write payload is over the cap; {@code prefix} starts the message. */
    static void checkPayload(NativeCall call, long size, String prefix) {
        if (size > MAX_BYTES) {
            throw call.error(prefix + "payload exceeds maximum write size (" + size + " bytes > " + MAX_BYTES + " bytes)");
        }
    }
}
