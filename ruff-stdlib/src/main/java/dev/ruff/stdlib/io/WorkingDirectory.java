package dev.ruff.stdlib.io;

import dev.ruff.spi.NativeCall;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The current directory of one engine. Java cannot change the process's working directory, so
 * {@code os_chdir} changes this per-engine value and every file native resolves relative paths
 * against it.
 */
public final class WorkingDirectory {
    private volatile Path current = Paths.get("").toAbsolutePath().normalize();

    /** The working directory of the engine running {@code call}. */
    public static WorkingDirectory of(NativeCall call) {
        return call.context().state(WorkingDirectory.class, WorkingDirectory::new);
    }

    /** Shortcut: {@code text} resolved against the engine's working directory. */
    public static Path resolve(NativeCall call, String text) {
        return of(call).resolve(text);
    }

    public Path current() {
        return current;
    }

    public void change(Path directory) {
        current = directory.toAbsolutePath().normalize();
    }

    /** {@code text} as a path; relative paths are taken from the current directory. */
    public Path resolve(String text) {
        Path p = Paths.get(text);
        return p.isAbsolute() ? p : current.resolve(p);
    }
}
