package dev.ruff.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
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
        description = "Ruff for the JVM: run, check and test Ruff scripts.",
        subcommands = {RunCommand.class, CheckCommand.class, TestCommand.class, NativesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:check found warnings / test had failing cases",
                "2:usage error",
                "3:lexer or parser error",
                "4:uncaught runtime error",
                "5:the script could not be read",
                "70:internal error (a bug in Ruff)",
                "n:the script called exit(n)"})
public final class RuffCli implements Callable<Integer> {
    private final Path workDir;
    private PrintWriter out;
    private PrintWriter err;

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
        int code = new RuffCli().run(List.of(args), stdout, stderr);
        stdout.flush();
        stderr.flush();
        System.exit(code);
    }

    /**
     * Runs one {@code ruff} command line and returns its exit status; never exits the JVM. Script
     * output and diagnostics are written UTF-8 encoded to {@code stdout} and {@code stderr}.
     * An instance runs one command line at a time.
     */
    public int run(List<String> args, PrintStream stdout, PrintStream stderr) {
        out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        try {
            CommandLine commandLine = new CommandLine(this);
            commandLine.setOut(out);
            commandLine.setErr(err);
            // `ruff run tool.ruff --verbose`: unknown options after FILE belong to the script.
            commandLine.getSubcommands().get("run").setUnmatchedOptionsArePositionalParams(true);
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

    /** {@code ruff} without a subcommand is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: run, check, test or natives");
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
