package dev.ruff.stdlib.fs;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.AtomicFileWriter;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Directory listing and whole-file operations: create, size, delete, rename, copy. */
final class DirectoryNatives {
    private DirectoryNatives() {
    }

    private static String path(NativeCall call, int i) {
        String p = Arg.string(call, i);
        if (p == null) {
            throw call.error(call.name() + " requires string path arguments");
        }
        return p;
    }

    static Object listDir(NativeCall call) {
        String p = path(call, 0);
        List<Object> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(WorkingDirectory.resolve(call, p))) {
            for (Path e : entries) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            throw call.error("Cannot list directory '" + p + "': " + OsErrorText.of(e));
        }
        return RuffArray.ofList(names);
    }

    static Object createDir(NativeCall call) {
        String p = path(call, 0);
        try {
            Files.createDirectories(WorkingDirectory.resolve(call, p));
        } catch (IOException e) {
            throw call.error("Cannot create directory '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }

    static Object fileSize(NativeCall call) {
        String p = path(call, 0);
        try {
            return Files.size(WorkingDirectory.resolve(call, p));
        } catch (IOException e) {
            throw call.error("Cannot get file size for '" + p + "': " + OsErrorText.of(e));
        }
    }

    static Object deleteFile(NativeCall call) {
        String p = path(call, 0);
        Path target = WorkingDirectory.resolve(call, p);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw call.error("Cannot delete file '" + p + "': path is a directory");
        }
        try {
            Files.delete(target);
        } catch (IOException e) {
            throw call.error("Cannot delete file '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }

    static Object renameFile(NativeCall call) {
        String from = path(call, 0);
        String to = path(call, 1);
        try {
            // the source goes away and its content shows up at the target: deleting and reading it
            Files.move(WorkingDirectory.resolve(call, from, Capability.FS_WRITE, Capability.FS_DELETE, Capability.FS_READ),
                    WorkingDirectory.writable(call, to),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw call.error("Cannot rename file '" + from + "' to '" + to + "': " + OsErrorText.of(e));
        }
        return true;
    }

    /** Copies through a temporary file so an interrupted copy never leaves a partial destination. */
    static Object copyFile(NativeCall call) {
        String from = path(call, 0);
        String to = path(call, 1);
        Path source = WorkingDirectory.readable(call, from);
        try {
            if (Files.isDirectory(source)) {
                throw new IOException("Is a directory");
            }
            // The copy keeps the source's mode (a private file stays private), as upstream's fs::copy.
            java.util.Set<java.nio.file.attribute.PosixFilePermission> mode =
                    Files.getFileAttributeView(source, java.nio.file.attribute.PosixFileAttributeView.class) == null
                            ? null : Files.getPosixFilePermissions(source);
            try (InputStream in = Files.newInputStream(source)) {
                AtomicFileWriter.write(WorkingDirectory.writable(call, to), in::transferTo, true, mode);
            }
        } catch (IOException e) {
            throw call.error("Cannot copy file '" + from + "' to '" + to + "': " + OsErrorText.of(e));
        }
        return true;
    }
}
