package dev.ruff.stdlib.io;

import java.io.IOException;

/**
 * The standard library's name for {@link dev.ruff.runtime.OsErrorText}, where the translation of Java I/O
 * failures into Rust's {@code std::io::Error} texts lives once (the core needs it for failures no native
 * translated).
 */
public final class OsErrorText {
    private OsErrorText() {
    }

    /** The Rust-style text for an errno and its strerror text. */
    public static String of(String reason, int errno) {
        return dev.ruff.runtime.OsErrorText.of(reason, errno);
    }

    /** The Rust-style text for {@code e}; falls back to the exception's own message. */
    public static String of(IOException e) {
        return dev.ruff.runtime.OsErrorText.of(e);
    }
}
