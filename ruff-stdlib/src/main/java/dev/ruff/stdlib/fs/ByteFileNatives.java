package dev.ruff.stdlib.fs;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.AtomicFileWriter;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/** Binary files and the {@code io_*} family (positioned reads and writes). */
final class ByteFileNatives {
    private ByteFileNatives() {
    }

    private static String pathArg(NativeCall call, String shape) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error(call.name() + " requires " + shape + " arguments");
        }
        return p;
    }

    private static long count(NativeCall call, int i, String what, String shape) {
        Long v = Arg.integer(call, i);
        if (v == null) {
            throw call.error(call.name() + " requires " + shape + " arguments");
        }
        if (v < 0) {
            throw call.error(call.name() + " " + what + " must be non-negative");
        }
        return v;
    }

    private static byte[] data(NativeCall call, int i, String shape) {
        byte[] d = Arg.bytes(call, i);
        if (d == null) {
            throw call.error(call.name() + " requires " + shape + " arguments");
        }
        return d;
    }

    static Object readBinaryFile(NativeCall call) {
        String p = pathArg(call, "a string path");
        String prefix = "Cannot read binary file '" + p + "': ";
        try {
            return RuffBytes.wrap(FileLimits.readAll(call, WorkingDirectory.resolve(call, p), prefix));
        } catch (IOException e) {
            throw call.error(prefix + OsErrorText.of(e));
        }
    }

    static Object writeBinaryFile(NativeCall call) {
        return TextFileNatives.write(call, "write_binary_file", "write_binary_file requires path (string) and bytes arguments");
    }

    /** Reads up to {@code max} bytes starting at {@code offset}, with a single read like upstream. */
    private static byte[] readAt(NativeCall call, String p, long offset, long max) {
        Path file = WorkingDirectory.readable(call, p);
        FileChannel ch;
        try {
            ch = FileChannel.open(file);
        } catch (IOException e) {
            throw call.error("Cannot open file '" + p + "': " + OsErrorText.of(e));
        }
        try (ch) {
            try {
                ch.position(offset);
            } catch (IOException e) {
                throw call.error("Cannot seek to offset " + offset + " in '" + p + "': " + OsErrorText.of(e));
            }
            long available = Math.max(0, ch.size() - offset);
            int n = (int) Math.min(Math.min(max, available), FileLimits.MAX_BYTES);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // keep reading: a short read from a regular file only happens at EOF
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            throw call.error("Cannot read file '" + p + "': " + OsErrorText.of(e));
        }
    }

    static Object ioReadBytes(NativeCall call) {
        String shape = "(path, count)";
        String p = pathArg(call, shape);
        return RuffBytes.wrap(readAt(call, p, 0, count(call, 1, "count", shape)));
    }

    static Object ioReadAt(NativeCall call) {
        String shape = "(path, offset, count)";
        String p = pathArg(call, shape);
        long offset = count(call, 1, "offset", shape);
        return RuffBytes.wrap(readAt(call, p, offset, count(call, 2, "count", shape)));
    }

    static Object ioSeekRead(NativeCall call) {
        String shape = "(path, offset)";
        String p = pathArg(call, shape);
        return RuffBytes.wrap(readAt(call, p, count(call, 1, "offset", shape), Long.MAX_VALUE));
    }

    static Object ioWriteBytes(NativeCall call) {
        String shape = "(path, bytes)";
        String p = pathArg(call, shape);
        byte[] d = data(call, 1, shape);
        String prefix = "Cannot write bytes to file '" + p + "': ";
        FileLimits.checkPayload(call, d.length, prefix);
        try {
            AtomicFileWriter.write(WorkingDirectory.resolve(call, p), d, true);
        } catch (IOException e) {
            throw call.error(prefix + OsErrorText.of(e));
        }
        return true;
    }

    static Object ioAppendBytes(NativeCall call) {
        String shape = "(path, bytes)";
        String p = pathArg(call, shape);
        byte[] d = data(call, 1, shape);
        FileLimits.checkPayload(call, d.length, "Cannot append bytes to file '" + p + "': ");
        TextFileNatives.appendBytes(call, p, d, "Cannot open file '" + p + "': ",
                "Cannot append bytes to file '" + p + "': ");
        return true;
    }

    /**
     * Overwrites bytes at an offset of an existing file. The new content is assembled in a temporary
     * copy that replaces the file, so a failure leaves the original intact.
     */
    static Object ioWriteAt(NativeCall call) {
        String shape = "(path, bytes, offset)";
        String p = pathArg(call, shape);
        byte[] d = data(call, 1, shape);
        long offset = count(call, 2, "offset", shape);
        FileLimits.checkPayload(call, d.length, "Cannot write to file '" + p + "': ");
        Path file = WorkingDirectory.resolve(call, p);
        if (!Files.isRegularFile(file)) {
            throw call.error("Cannot open file '" + p + "': " + OsErrorText.of("No such file or directory", 2));
        }
        try {
            AtomicFileWriter.write(file, out -> {
                long size = Files.size(file);
                try (InputStream in = Files.newInputStream(file)) {
                    copy(in, out, Math.min(offset, size));
                    for (long gap = offset - size; gap > 0; gap--) {
                        out.write(0); // writing past the end leaves a zero-filled hole, as a seek-and-write would
                    }
                    out.write(d);
                    in.skipNBytes(Math.min(d.length, Math.max(0, size - offset)));
                    in.transferTo(out);
                }
            }, true);
        } catch (IOException e) {
            throw call.error("Cannot write to file '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }

    private static void copy(InputStream in, java.io.OutputStream out, long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) {
                return;
            }
            out.write(buf, 0, r);
            n -= r;
        }
    }

    static Object ioTruncate(NativeCall call) {
        String shape = "(path, size)";
        String p = pathArg(call, shape);
        long size = count(call, 1, "size", shape);
        Path file = WorkingDirectory.resolve(call, p);
        if (!Files.exists(file)) {
            throw call.error("Cannot open file '" + p + "': " + OsErrorText.of("No such file or directory", 2));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size); // one system call: there is no half-done state to protect against
        } catch (IOException e) {
            throw call.error("Cannot truncate file '" + p + "': " + OsErrorText.of(e));
        }
        return true;
    }

    static Object ioCopyRange(NativeCall call) {
        String shape = "(src, dst, offset, count)";
        String src = pathArg(call, shape);
        String dst = Arg.string(call, 1);
        if (dst == null) {
            throw call.error(call.name() + " requires " + shape + " arguments");
        }
        long offset = count(call, 2, "offset", shape);
        byte[] range = readAt(call, src, offset, count(call, 3, "count", shape));
        try {
            AtomicFileWriter.write(WorkingDirectory.writable(call, dst), range, true);
        } catch (IOException e) {
            throw call.error("Cannot write file '" + dst + "': " + OsErrorText.of(e));
        }
        return true;
    }

    static Object ioFileMetadata(NativeCall call) {
        String p = pathArg(call, "a string path");
        BasicFileAttributes a;
        Path file = WorkingDirectory.resolve(call, p);
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw call.error("Cannot get metadata for '" + p + "': " + OsErrorText.of(e));
        }
        RuffDict d = new RuffDict();
        d.putInPlace("size", a.size());
        d.putInPlace("is_file", a.isRegularFile());
        d.putInPlace("is_dir", a.isDirectory());
        d.putInPlace("readonly", !Files.isWritable(file));
        putTime(d, "modified", a.lastModifiedTime());
        putTime(d, "created", a.creationTime());
        putTime(d, "accessed", a.lastAccessTime());
        return d;
    }

    private static void putTime(RuffDict d, String key, FileTime t) {
        if (t != null) {
            d.putInPlace(key, t.toInstant().getEpochSecond());
        }
    }
}
