package dev.ruff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Which of the process's standard streams are terminals, and whether the user asked for no colour.
 * Decides colour (only on a terminal, and only without {@code NO_COLOR}), line-buffered output (only
 * on a terminal) and whether {@code ruff repl} edits lines interactively.
 *
 * @param stdinTerminal  standard input is a terminal
 * @param stdoutTerminal standard output is a terminal
 * @param stderrTerminal standard error is a terminal
 * @param noColor        {@code NO_COLOR} is set to a non-empty value (no-color.org)
 */
record StandardStreams(boolean stdinTerminal, boolean stdoutTerminal, boolean stderrTerminal, boolean noColor) {

    /** No terminals: what tests and {@code ruff test} running cases in-process use. */
    static final StandardStreams NOT_TERMINALS = new StandardStreams(false, false, false, true);

    /** Asks the operating system (through JLine's native terminal support) about this process's streams. */
    static StandardStreams detect(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        boolean noColour = noColor != null && !noColor.isEmpty();
        if (Files.isDirectory(PROC_FDS)) {
            // Linux: reading three links is far cheaper than loading JLine's native library on every run
            return new StandardStreams(procTerminal(0), procTerminal(1), procTerminal(2), noColour);
        }
        TerminalProvider provider = provider();
        if (provider == null) {
            // without native support, the JDK only knows whether stdin and stdout are both terminals
            boolean console = System.console() != null;
            return new StandardStreams(console, console, console, noColour);
        }
        return new StandardStreams(isTerminal(provider, SystemStream.Input), isTerminal(provider, SystemStream.Output),
                isTerminal(provider, SystemStream.Error), noColour);
    }

    /** Colour on standard error (diagnostics). */
    boolean colourOnStderr() {
        return stderrTerminal && !noColor;
    }

    /** Colour on standard output (the repl's values). */
    boolean colourOnStdout() {
        return stdoutTerminal && !noColor;
    }

    private static final Path PROC_FDS = Path.of("/proc/self/fd");

    /** Whether file descriptor {@code fd} is a terminal device (a pseudo-terminal or a console). */
    private static boolean procTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(PROC_FDS.resolve(Integer.toString(fd))).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static TerminalProvider provider() {
        for (String name : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(name);
            } catch (Exception | LinkageError e) {
                // try the next one; without any we fall back to System.console()
            }
        }
        return null;
    }

    private static boolean isTerminal(TerminalProvider provider, SystemStream stream) {
        try {
            return provider.isSystemStream(stream);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
