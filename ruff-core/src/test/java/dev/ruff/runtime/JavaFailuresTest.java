package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Java failures reaching a script are described in words, never by a Java class name. */
class JavaFailuresTest {

    @Test
    void commonFailuresAreDescribedWithoutClassNames() {
        assertEquals("connection refused", JavaFailures.describe(new ConnectException()));
        assertEquals("unknown host: nowhere.invalid", JavaFailures.describe(new UnknownHostException("nowhere.invalid")));
        assertEquals("I/O error: disk full", JavaFailures.describe(new IOException("disk full")));
        assertEquals("call stack overflow", JavaFailures.describe(new StackOverflowError()));
        assertEquals("internal error", JavaFailures.describe(new IllegalStateException()));
        assertEquals("connection refused", JavaFailures.describe(new RuntimeException(new ConnectException())));
        assertEquals("bad index", JavaFailures.describe(new IllegalArgumentException("bad index")));
        assertEquals("invalid number", JavaFailures.describe(new NumberFormatException("For input string: \"x\"")));
    }

    @Test
    void fileSystemFailuresUseTheOsErrorTextsUpstreamPrints() {
        assertEquals("No such file or directory (os error 2)",
                JavaFailures.describe(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("No such file or directory (os error 2)",
                JavaFailures.describe(new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("/x"))));
        assertEquals("Permission denied (os error 13)",
                JavaFailures.describe(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("Not a directory (os error 20)",
                JavaFailures.describe(new java.nio.file.FileSystemException("/f/x", null, "Not a directory")));
    }
}
