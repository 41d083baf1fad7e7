package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A script named on the command line, read as UTF-8.
 *
 * @param name   the name as the user typed it: used in diagnostics, like upstream
 * @param path   the absolute file
 * @param source the text
 */
record ScriptFile(String name, Path path, String source) {

    /** Reads {@code argument} (relative to {@code workDir}). */
    static ScriptFile read(Path workDir, String argument) throws ReadFailure {
        return read(workDir, argument, RuffEngine.DEFAULT_MAX_SOURCE_BYTES);
    }

    /** Reads {@code argument}, refusing it (without reading it whole) when it has more than {@code maxBytes}. */
    static ScriptFile read(Path workDir, String argument, long maxBytes) throws ReadFailure {
        Path path = workDir.resolve(argument).toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(path)) {
                throw new ReadFailure(argument, "Is a directory");
            }
            return new ScriptFile(argument, path, RuffEngine.readSource(path, maxBytes));
        } catch (RuffLimitExceeded e) {
            throw new ReadFailure(argument, "larger than the source size limit of " + maxBytes + " bytes");
        } catch (NoSuchFileException e) {
            throw new ReadFailure(argument, "No such file or directory");
        } catch (AccessDeniedException e) {
            throw new ReadFailure(argument, "Permission denied");
        } catch (CharacterCodingException e) {
            throw new ReadFailure(argument, "stream did not contain valid UTF-8");
        } catch (IOException e) {
            throw new ReadFailure(argument, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The name a script read from standard input ({@code ruff run -}) has in diagnostics. */
    static final String STDIN_NAME = "<stdin>";

    /**
     * Reads a script from standard input (UTF-8), refusing it once more than {@code maxBytes} arrived; it
     * counts as a file in {@code workDir}.
     */
    static ScriptFile readStdin(Path workDir, InputStream in, long maxBytes) throws ReadFailure {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ReadFailure("-", "larger than the source size limit of " + maxBytes + " bytes");
            }
            String source = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new ScriptFile(STDIN_NAME, workDir.resolve(STDIN_NAME), source);
        } catch (CharacterCodingException e) {
            throw new ReadFailure("-", "stream did not contain valid UTF-8");
        } catch (IOException e) {
            throw new ReadFailure("-", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The folder the script is in (the working folder for standard input). */
    Path folder() {
        return path.getParent();
    }

    /**
     * Source text for diagnostics: this script's by its name, other files (imported modules, named by
     * path) read on demand relative to {@code workDir}; null when unreadable.
     */
    DiagnosticRenderer.SourceLookup sources(Path workDir) {
        return file -> {
            if (file.equals(name)) {
                return source;
            }
            try {
                Path other = workDir.resolve(file);
                return Files.isRegularFile(other) && Files.size(other) < MAX_QUOTED_FILE
                        ? Files.readString(other, StandardCharsets.UTF_8) : null;
            } catch (IOException | RuntimeException e) {
                return null; // a diagnostic without its source line is still a diagnostic
            }
        };
    }

    /** Larger files are not read again just to quote a line in a diagnostic. */
    private static final long MAX_QUOTED_FILE = 16L * 1024 * 1024;

    /** The script could not be read; the message is the line the CLI prints (exit 5). */
    static final class ReadFailure extends Exception {
        ReadFailure(String argument, String reason) {
            super("Failed to read .ruff file '" + argument + "': " + reason, null, false, false);
        }
    }
}
