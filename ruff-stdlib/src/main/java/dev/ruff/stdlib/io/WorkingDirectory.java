package dev.ruff.stdlib.io;

import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeContext;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The current directory of one context. Java cannot change the process's working directory, so
 * {@code os_chdir} changes this per-context value and every file native resolves relative paths
 * against it. It starts at the folder the host chose ({@code RuffEngine.Builder.workingDirectory},
 * by default the JVM's current directory).
 */
public final class WorkingDirectory {
    private volatile Path current;

    private WorkingDirectory(Path start) {
        change(start);
    }

    /** The working directory of the context running {@code call}. */
    public static WorkingDirectory of(NativeCall call) {
        NativeContext context = call.context();
        return context.state(WorkingDirectory.class, () -> new WorkingDirectory(context.workingDirectory()));
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
