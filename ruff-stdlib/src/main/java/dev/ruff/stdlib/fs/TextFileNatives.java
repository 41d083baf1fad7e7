package dev.ruff.stdlib.fs;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.AtomicFileWriter;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Whole-file text natives: read, write (atomic, no silent overwrite), append, lines, existence. */
final class TextFileNatives {
    private TextFileNatives() {
    }

    static Object readFile(NativeCall call) {
        String p = Arg.string(call, 0);
        if (call.count() != 1 || p == null) {
            throw call.error("read_file_sync requires a string path argument");
        }
        String text = Utf8Text.strict(read(call, p));
        if (text == null) {
            throw call.error("Cannot read file '" + p + "': stream did not contain valid UTF-8");
        }
        return text;
    }

    static Object readFileLossy(NativeCall call) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error("read_file_lossy requires a string path argument");
        }
        return Utf8Text.lossy(read(call, p));
    }

    static Object readLines(NativeCall call) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error("read_lines requires a string path argument");
        }
        String text = Utf8Text.strict(read(call, p));
        if (text == null) {
            throw call.error("Cannot read file '" + p + "': stream did not contain valid UTF-8");
        }
        return RuffArray.ofList(lines(text));
    }

    /** Rust's {@code str::lines}: split on \n, drop one trailing \r per line, no final empty line. */
    static List<Object> lines(String text) {
        List<Object> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static byte[] read(NativeCall call, String p) {
        String prefix = "Cannot read file '" + p + "': ";
        try {
            return FileLimits.readAll(call, WorkingDirectory.resolve(call, p), prefix);
        } catch (IOException e) {
            throw call.error(prefix + OsErrorText.of(e));
        }
    }

    static Object writeFile(NativeCall call) {
        return write(call, "write_file", "write_file requires string arguments");
    }

    /**
     * {@code write_file} and {@code write_binary_file}: path, payload, optional overwrite flag.
     * Refuses to replace an existing file unless the flag is {@code true}.
     */
    static Object write(NativeCall call, String name, String typeError) {
        if (call.count() < 2 || call.count() > 3) {
            throw call.error(name + " requires 2 or 3 arguments: path, content/bytes, [overwrite]");
        }
        boolean overwrite = false;
        if (call.count() == 3) {
            if (!(call.arg(2) instanceof Boolean b)) {
                throw call.error(name + " optional overwrite flag must be a bool");
            }
            overwrite = b;
        }
        String p = Arg.string(call, 0);
        byte[] payload = name.equals("write_file") ? Arg.data(call, 1) : Arg.bytes(call, 1);
        if (p == null || payload == null) {
            throw call.error(typeError);
        }
        String prefix = "Cannot write file '" + p + "': ";
        FileLimits.checkPayload(call, payload.length, prefix);
        try {
            AtomicFileWriter.write(WorkingDirectory.resolve(call, p), payload, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw call.error(prefix + "file already exists (pass overwrite=true to replace it)");
        } catch (IOException e) {
            throw call.error(prefix + OsErrorText.of(e));
        }
        return true;
    }

    static Object appendFile(NativeCall call) {
        String p = Arg.string(call, 0);
        String content = Arg.string(call, 1);
        if (call.count() != 2 || p == null || content == null) {
            throw call.error("append_file requires string arguments");
        }
        byte[] payload = content.getBytes(StandardCharsets.UTF_8);
        FileLimits.checkPayload(call, payload.length, "Cannot append to file '" + p + "': ");
        appendBytes(call, p, payload, "Cannot open file '" + p + "': ", "Cannot append to file '" + p + "': ");
        return true;
    }

    /** Appends in place: appending cannot go through a temporary file without copying the whole file. */
    static void appendBytes(NativeCall call, String p, byte[] payload, String openPrefix, String writePrefix) {
        OutputStream out;
        try {
            out = Files.newOutputStream(WorkingDirectory.resolve(call, p),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw call.error(openPrefix + OsErrorText.of(e));
        }
        try (out) {
            out.write(payload);
        } catch (IOException e) {
            throw call.error(writePrefix + OsErrorText.of(e));
        }
    }

    static Object fileExists(NativeCall call) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error("file_exists requires a string path argument");
        }
        Path path = WorkingDirectory.resolve(call, p);
        return Files.exists(path);
    }

}
