package dev.ruff.stdlib.zip;

import dev.ruff.runtime.RuffHandle;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An archive being written ({@code type()} is {@code ziparchive}, displayed {@code <unknown>}).
 * Entries go to a temporary sibling of the target, moved into place by {@link #close()}, so an
 * unfinished archive is never visible under the target name.
 */
final class ZipArchiveHandle implements RuffHandle {
    private final Path target;
    private final Path temp;
    private final ZipOutputStream out;
    private boolean closed;

    private ZipArchiveHandle(Path target, Path temp, ZipOutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    static ZipArchiveHandle create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("Is a directory");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(dir));
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        return new ZipArchiveHandle(absolute, temp, new ZipOutputStream(Files.newOutputStream(temp)));
    }

    boolean isClosed() {
        return closed;
    }

    synchronized void addFile(String entryName, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(entryName);
        out.putNextEntry(e);
        out.write(content);
        out.closeEntry();
    }

    synchronized void addDirectory(String entryName) throws IOException {
        out.putNextEntry(new ZipEntry(entryName.endsWith("/") ? entryName : entryName + "/"));
        out.closeEntry();
    }

    synchronized void close() throws IOException {
        closed = true;
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String typeName() {
        return "ziparchive";
    }

    @Override
    public String debug() {
        return "ZipArchive";
    }
}
