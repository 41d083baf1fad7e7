package dev.ruff.spi;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The default line source of {@link NativeContext#in()}: standard input, read as UTF-8. */
final class StandardInput {
    private final BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    BufferedReader reader() {
        return reader;
    }
}
