package dev.ruff.stdlib.fs;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.EnumSet;

/**
 * File-system natives on java.nio. Relative paths resolve against the engine's working directory;
 * whole-file writes go through a temporary file moved into place.
 */
public final class FilesystemModule implements RuffModule {

    @Override
    public String name() {
        return "filesystem";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability read = Capability.FS_READ;
        Capability write = Capability.FS_WRITE;
        r.function("read_file(path)", Arity.unchecked(), read, "Reads a UTF-8 text file.", TextFileNatives::readFile);
        r.function("read_file_lossy(path)", Arity.exact(1), read,
                "Reads a text file, replacing invalid UTF-8 with U+FFFD.", TextFileNatives::readFileLossy);
        r.function("write_file(path, content, overwrite?)", Arity.unchecked(), write,
                "Writes a text file; replaces an existing file only when overwrite is true.",
                TextFileNatives::writeFile);
        r.function("append_file(path, content)", Arity.unchecked(), write,
                "Appends text to a file, creating it if needed.", TextFileNatives::appendFile);
        r.function("file_exists(path)", Arity.exact(1), read, "Whether a path exists.", TextFileNatives::fileExists);
        r.function("read_lines(path)", Arity.exact(1), read, "Reads a text file as an array of lines.",
                TextFileNatives::readLines);
        r.function("list_dir(path)", Arity.exact(1), read, "Names of the entries of a directory.", DirectoryNatives::listDir);
        r.function("create_dir(path)", Arity.exact(1), write, "Creates a directory and its parents.",
                DirectoryNatives::createDir);
        r.function("file_size(path)", Arity.exact(1), read, "Size of a file in bytes.", DirectoryNatives::fileSize);
        r.function("delete_file(path)", Arity.exact(1), Capability.FS_DELETE, "Deletes a file (not a directory).",
                DirectoryNatives::deleteFile);
        // A move removes the source, a copy reads it: each native needs every capability its effect needs.
        r.function("rename_file(old, new)", Arity.exact(2), EnumSet.of(write, Capability.FS_DELETE), "Renames (moves) a file.",
                DirectoryNatives::renameFile);
        r.function("copy_file(src, dst)", Arity.exact(2), EnumSet.of(read, write), "Copies a file.", DirectoryNatives::copyFile);
        r.function("read_binary_file(path)", Arity.exact(1), read, "Reads a file as bytes.", ByteFileNatives::readBinaryFile);
        r.function("write_binary_file(path, data, overwrite?)", Arity.unchecked(), write,
                "Writes bytes to a file; replaces an existing file only when overwrite is true.",
                ByteFileNatives::writeBinaryFile);
        r.function("io_read_bytes(path, count)", Arity.exact(2), read, "Reads up to count bytes from the start of a file.",
                ByteFileNatives::ioReadBytes);
        r.function("io_write_bytes(path, data)", Arity.exact(2), write, "Creates or replaces a file with bytes.",
                ByteFileNatives::ioWriteBytes);
        r.function("io_append_bytes(path, data)", Arity.exact(2), write, "Appends bytes to a file, creating it if needed.",
                ByteFileNatives::ioAppendBytes);
        r.function("io_read_at(path, offset, count)", Arity.exact(3), read, "Reads up to count bytes at an offset.",
                ByteFileNatives::ioReadAt);
        r.function("io_write_at(path, data, offset)", Arity.exact(3), write, "Writes bytes at an offset of an existing file.",
                ByteFileNatives::ioWriteAt);
        r.function("io_seek_read(path, offset)", Arity.exact(2), read, "Reads from an offset to the end of a file.",
                ByteFileNatives::ioSeekRead);
        r.function("io_file_metadata(path)", Arity.exact(1), read,
                "File metadata: size, is_file, is_dir, readonly, modified, created, accessed.",
                ByteFileNatives::ioFileMetadata);
        r.function("io_truncate(path, size)", Arity.exact(2), write, "Sets the length of a file.", ByteFileNatives::ioTruncate);
        r.function("io_copy_range(src, dst, offset, count)", Arity.exact(4), EnumSet.of(read, write),
                "Copies count bytes from src at offset into a new dst file.", ByteFileNatives::ioCopyRange);
    }
}
