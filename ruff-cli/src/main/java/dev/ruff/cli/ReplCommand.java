package dev.ruff.cli;

import dev.ruff.RuffEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ruff repl}: an interactive session. On a terminal it edits lines with JLine (history kept in
 * {@code ~/.ruff_history}, Ctrl-D leaves, Ctrl-C drops the line being typed or stops waiting for a
 * running entry); from a pipe it reads
 * entries silently, so {@code printf 'x := 20\nx + 22\n' | ruff repl} prints {@code 42}.
 */
@Command(name = "repl",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = {"Start an interactive Ruff session (trusted, like ruff run).",
                "An expression's value is printed; definitions persist; an open ( [ or { continues the entry "
                        + "on the next line; errors are reported and the session goes on. :help lists the "
                        + "commands, :quit or Ctrl-D leaves.",
                "Standard input that is not a terminal is read without prompts; the exit status is then that "
                        + "of the last failing entry (3 syntax, 4 runtime error) or 0."})
final class ReplCommand extends CliCommand {
    static final String PROMPT = "ruff> ";
    static final String CONTINUATION_PROMPT = "...   ";
    static final String HISTORY_FILE = ".ruff_history";

    @Mixin
    BackendOption backend;

    @Override
    int execute() {
        RuffEngine.Builder builder = RuffEngine.builder()
                .out(cli.out())
                .err(cli.err())
                .grantAll()
                .workingDirectory(cli.workDir())
                .modulePath(cli.workDir())
                .modulePath(cli.workDir().resolve("modules"));
        backend.applyTo(builder);
        try (RuffEngine engine = builder.build()) {
            StandardStreams streams = cli.streams();
            if (streams.stdinTerminal() && streams.stdoutTerminal()) {
                return interactive(new ReplSession(engine, cli.out(), cli.err(), streams.colourOnStderr()), engine);
            }
            return piped(new ReplSession(engine, cli.out(), cli.err(), false));
        }
    }

    /** Entries from a pipe: no banner, no prompts. */
    private int piped(ReplSession session) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        StringBuilder entry = new StringBuilder();
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                entry.append(line).append('\n');
                if (OpenBrackets.leftOpen(entry.toString())) {
                    continue;
                }
                ReplSession.Outcome outcome = session.submit(entry.toString());
                entry.setLength(0);
                if (outcome == ReplSession.Outcome.QUIT) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!entry.isEmpty() && session.exitCode().isEmpty()) {
            session.submit(entry.toString()); // input ended inside an entry: report what is wrong with it
        }
        return session.exitCode().orElse(session.lastFailure());
    }

    private int interactive(ReplSession session, RuffEngine engine) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        } catch (IOException e) {
            return piped(session); // no usable terminal after all
        }
        Thread reading = Thread.currentThread();
        // Ctrl-C while an entry runs stops waiting for it instead of killing the session
        terminal.handle(Terminal.Signal.INT, signal -> reading.interrupt());
        try (terminal) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("ruff")
                    .parser(new EntryParser())
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                    .build();
            cli.out().println("Ruff " + RuffCli.Version.projectVersion() + " ("
                    + engine.backendType().name().toLowerCase(java.util.Locale.ROOT)
                    + " backend). :help for help, Ctrl-D to leave.");
            cli.out().flush();
            while (true) {
                String entry;
                try {
                    entry = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the entry being typed
                } catch (EndOfFileException e) {
                    break; // Ctrl-D
                }
                if (session.submit(entry) == ReplSession.Outcome.QUIT) {
                    break;
                }
            }
            reader.getHistory().save();
        } catch (IOException e) {
            // closing the terminal or saving history failed: the session itself is over anyway
        }
        return session.exitCode().orElse(ExitCodes.OK);
    }

    /** Accepts an entry only when its brackets are closed; otherwise JLine asks for another line. */
    private static final class EntryParser implements Parser {
        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && OpenBrackets.leftOpen(line)) {
                throw new EOFError(-1, cursor, "open bracket");
            }
            return words.parse(line, cursor, context);
        }
    }
}
