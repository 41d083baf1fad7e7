package dev.ruff.stdlib.io;

import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeContext;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The current directory of one context. Java cannot change the process's working directory, so
 * {@code os_chdir} changes this per-context value and every file native resolves relative paths
 * against it. It starts at the folder the host chose ({@code RuffEngine.Builder.workingDirectory},
 * by default the JVM's current directory).
 *
 * <p>It is also where file natives meet the run's path policy ({@link dev.ruff.spi.FolderGrants}): every
 * {@code resolve} taking a call or a context checks the resolved path against the folders the host confined the
 * file capabilities to, before the native touches the file. {@link #resolve(NativeCall, String)} checks the
 * native's own file capabilities (all of them); a native whose arguments need different access (a copy reads its
 * source and writes its target) names the access per argument.</p>
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

    /**
     * {@code text} resolved against the engine's working directory, checked against the folders the host confined
     * each of the native's file capabilities to.
     */
    public static Path resolve(NativeCall call, String text) {
        return resolve(call, text, fileAccess(call));
    }

    /** {@code text} resolved against the working directory, checked for each of {@code access}. */
    public static Path resolve(NativeCall call, String text, Capability... access) {
        return of(call).resolve(call.context(), text, call.name(), access);
    }

    /** Shortcut for a path the native only reads. */
    public static Path readable(NativeCall call, String text) {
        return resolve(call, text, Capability.FS_READ);
    }

    /** Shortcut for a path the native writes (creates or replaces). */
    public static Path writable(NativeCall call, String text) {
        return resolve(call, text, Capability.FS_WRITE);
    }

    /**
     * {@code text} resolved against this directory and checked against {@code context}'s folder grants for each of
     * {@code access} (for natives and methods holding a context rather than a call).
     *
     * @param operation what uses the path, as the error names it
     */
    public Path resolve(NativeContext context, String text, String operation, Capability... access) {
        return context.folderGrants().check(resolve(text), operation, access);
    }

    /**
     * The file capabilities among those a native declares. A native declaring none (pure path computation) is not
     * checked; one that touches files under another capability (a database file) names its access explicitly.
     */
    private static Capability[] fileAccess(NativeCall call) {
        return call.capabilities().stream().filter(c -> c == Capability.FS_READ || c == Capability.FS_WRITE
                || c == Capability.FS_DELETE).toArray(Capability[]::new);
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
