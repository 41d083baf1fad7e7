package dev.ruff.stdlib.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a whole file through a temporary sibling that is then moved into place, so a failure
 * (full disk, killed process, exception half-way) never leaves a half-written target behind.
 *
 * <p>Like upstream's {@code std::fs::write}, a symlink is followed (the file it points to is replaced, the
 * link stays); an existing file keeps its permissions and a new one gets the process umask's (mode
 * {@code 0666 & ~umask}). Temporary siblings left by a killed process are removed by the next write of
 * the same file.</p>
 */
public final class AtomicFileWriter {
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary sibling older than this belongs to a writer that died. */
    private static final long STALE_TEMP_MILLIS = 10 * 60 * 1000;
    private static final int MAX_SYMLINKS = 40;
    /** The permissions {@code open(O_CREAT, 0666)} gives under this process's umask; computed once. */
    private static volatile Set<PosixFilePermission> umaskPermissions;

    /** Produces the content into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        write(target, out -> out.write(bytes), replace);
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target}, then moves it into place.
     * With {@code replace == false} an existing target makes this fail with
     * {@link FileAlreadyExistsException} and leaves the target untouched.
     */
    public static void write(Path target, Content content, boolean replace) throws IOException {
        write(target, content, replace, null);
    }

    /**
     * {@link #write(Path, Content, boolean)} giving the result {@code permissions} (a copy gets its source's
     * mode, as upstream's {@code fs::copy}); null keeps the target's mode, or the umask's for a new file.
     */
    public static void write(Path target, Content content, boolean replace, Set<PosixFilePermission> permissions)
            throws IOException {
        Path absolute = followLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString());
        }
        if (!replace && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        removeStaleTemps(dir, absolute.getFileName().toString());
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            copyPermissions(absolute, temp, permissions);
            move(temp, absolute, replace);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target, boolean replace) throws IOException {
        if (!replace) {
            // no atomic "rename unless exists" in java.nio: a plain move refuses an existing target
            Files.move(temp, target);
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Temp files are created private; give the result the permissions asked for (a copy: its source's), else
     * the ones the target had, else the umask's.
     */
    private static void copyPermissions(Path target, Path temp, Set<PosixFilePermission> wanted) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (wanted != null) {
            view.setPermissions(wanted);
        } else if (Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(umaskPermissions(temp.getParent()));
        }
    }

    /**
     * What a plain file creation gets under the process umask: Java cannot read the umask, so a probe file
     * is created (without explicit permissions) once and looked at.
     */
    private static Set<PosixFilePermission> umaskPermissions(Path dir) throws IOException {
        Set<PosixFilePermission> known = umaskPermissions;
        if (known != null) {
            return known;
        }
        Path probe = dir.resolve(".ruff-umask-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + TEMP_SUFFIX);
        try {
            Files.newOutputStream(probe, java.nio.file.StandardOpenOption.CREATE_NEW).close();
            known = Files.getPosixFilePermissions(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
        umaskPermissions = known;
        return known;
    }

    /** The file a chain of symlinks ends at (the path itself when it is no link), as {@code open} follows it. */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_SYMLINKS && Files.isSymbolicLink(current); i++) {
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new java.nio.file.FileSystemException(path.toString(), null, "Too many levels of symbolic links");
        }
        return current;
    }

    /** Deletes temporary siblings of {@code name} that a killed writer left behind. */
    private static void removeStaleTemps(Path dir, String name) {
        if (dir == null) {
            return;
        }
        String prefix = "." + name + ".";
        long cutoff = System.currentTimeMillis() - STALE_TEMP_MILLIS;
        try (java.nio.file.DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && n.length() > prefix.length() + TEMP_SUFFIX.length();
        })) {
            for (Path stale : siblings) {
                if (Files.getLastModifiedTime(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover temp file is untidy, not wrong
        }
    }
}
