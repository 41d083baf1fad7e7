package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffLimitExceeded;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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

    /** The script could not be read; the message is the line the CLI prints (exit 5). */
    static final class ReadFailure extends Exception {
        ReadFailure(String argument, String reason) {
            super("Failed to read .ruff file '" + argument + "': " + reason, null, false, false);
        }
    }
}
