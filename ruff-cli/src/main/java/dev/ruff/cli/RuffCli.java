package dev.ruff.cli;

import dev.ruff.diag.DiagnosticRenderer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ruff} command. {@link #main} is the only place that calls {@link System#exit};
 * everything else goes through {@link #run(List, PrintStream, PrintStream)}, which tests and
 * {@code ruff test} call in-process.
 */
@Command(name = "ruff",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = "Ruff for the JVM: run, explore, check and test Ruff scripts.",
        subcommands = {RunCommand.class, ReplCommand.class, CheckCommand.class, TestRunCommand.class,
                TestCommand.class, NativesCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:check found problems / test-run or test had failures",
                "2:usage error",
                "3:lexer or parser error",
                "4:uncaught runtime error",
                "5:the script could not be read",
                "70:internal error (a bug in Ruff)",
                "n:the script called exit(n)"})
public final class RuffCli implements Callable<Integer> {
    private final Path workDir;
    private InputStream in;
    private StandardStreams streams = StandardStreams.NOT_TERMINALS;
    private volatile PrintWriter out;
    private volatile PrintWriter err;

    @Spec
    private CommandSpec spec;

    /** A command line working in the JVM's current directory. */
    public RuffCli() {
        this(Path.of("").toAbsolutePath());
    }

    /**
     * A command line that resolves relative paths (scripts, {@code .} and {@code ./modules} module
     * roots) against {@code workDir} instead of the JVM's current directory, as if started there.
     */
    public RuffCli(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        // Ruff output is UTF-8 whatever the platform encoding (cases print ✓ and ✅).
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        RuffCli cli = new RuffCli();
        // SIGTERM (and a host killing us politely) still gets the output printed so far
        Runtime.getRuntime().addShutdownHook(new Thread(cli::flushOutput, "ruff-flush-on-exit"));
        int code = cli.run(List.of(args), System.in, stdout, stderr, StandardStreams.detect(System.getenv()));
        stdout.flush();
        stderr.flush();
        System.exit(code);
    }

    /**
     * Runs one {@code ruff} command line and returns its exit status; never exits the JVM. Script
     * output and diagnostics are written UTF-8 encoded to {@code stdout} and {@code stderr}; standard
     * input is empty and no stream counts as a terminal. An instance runs one command line at a time.
     */
    public int run(List<String> args, PrintStream stdout, PrintStream stderr) {
        return run(args, InputStream.nullInputStream(), stdout, stderr, StandardStreams.NOT_TERMINALS);
    }

    /**
     * Runs one command line with {@code stdin} as standard input ({@code ruff run -}, {@code ruff repl}).
     * Output is line-buffered where {@code streams} says the stream is a terminal, else flushed when the
     * command ends (and by {@link #flushOutput()}).
     */
    int run(List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr, StandardStreams streams) {
        this.in = stdin;
        this.streams = streams;
        Writer stdoutWriter = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        out = new PrintWriter(streams.stdoutTerminal() ? new LineFlushingWriter(stdoutWriter) : stdoutWriter, false);
        err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        try {
            // the everyday `ruff run FILE` skips building picocli's model, by far its largest start-up cost
            RunCommand plainRun = PlainRunArguments.parse(args);
            if (plainRun != null) {
                plainRun.cli = this;
                return plainRun.call();
            }
            CommandLine commandLine = new CommandLine(this);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                    streams.colourOnStdout() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            // `ruff run s.ruff --allow-all`: everything after FILE belongs to the script, never to ruff
            commandLine.getSubcommands().get("run").setStopAtPositional(true);
            commandLine.setParameterExceptionHandler(new UsageErrorHandler());
            commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
                out.flush();
                err.println(ErrorReport.internalError(failure, false));
                return ExitCodes.INTERNAL;
            });
            return commandLine.execute(args.toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Flushes whatever the running command has printed; safe to call from a shutdown hook. */
    void flushOutput() {
        PrintWriter o = out;
        PrintWriter e = err;
        if (o != null) {
            o.flush();
        }
        if (e != null) {
            e.flush();
        }
    }

    /** {@code ruff} without a subcommand is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: run, repl, check, test-run, test or natives");
    }

    /** Folder that relative paths on the command line are resolved against. */
    Path workDir() {
        return workDir;
    }

    /** Standard output for the running command (and for scripts' {@code print}). */
    PrintWriter out() {
        return Objects.requireNonNull(out, "not running");
    }

    /** Standard error for the running command. */
    PrintWriter err() {
        return Objects.requireNonNull(err, "not running");
    }

    /** Standard input for the running command. */
    InputStream in() {
        return Objects.requireNonNull(in, "not running");
    }

    /** Which standard streams are terminals. */
    StandardStreams streams() {
        return streams;
    }

    /** Renders diagnostics for standard error: source lines from {@code sources}, colour on a terminal. */
    DiagnosticRenderer renderer(DiagnosticRenderer.SourceLookup sources) {
        return new DiagnosticRenderer(sources, streams.colourOnStderr());
    }

    /** The project version, filtered into {@code version.properties} at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ruff " + projectVersion() + " (Ruff for the JVM, Java "
                    + Runtime.version().feature() + ")"};
        }

        static String projectVersion() {
            Properties props = new Properties();
            try (InputStream in = RuffCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                // fall through to "unknown": a version banner is not worth failing for
            }
            return props.getProperty("version", "unknown");
        }
    }
}
