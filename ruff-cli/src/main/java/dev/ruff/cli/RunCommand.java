package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ruff run FILE [ARGS…]}: runs a script, trusted unless {@code --untrusted}. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        abbreviateSynopsis = true,
        sortOptions = false,
        description = {"Run a Ruff script; FILE - reads it from standard input.",
                "Imports resolve against the script's folder, then its modules folder, then the current folder "
                        + "and its modules folder.",
                "Options go before FILE. Everything after FILE is passed to the script (args()), even when it "
                        + "looks like a ruff option."})
final class RunCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .ruff script to run, or - for standard input.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script.")
    List<String> scriptArgs = new ArrayList<>();

    @Mixin
    BackendOption backend;

    /** Null when no capability flag was given (picocli creates groups only when one of their options is used). */
    @ArgGroup(exclusive = false, validate = false,
            heading = "%nCapabilities (a trusted script gets all of them; --untrusted starts from none):%n")
    CapabilityOptions capabilities;

    @ArgGroup(exclusive = false, validate = false, heading = "%nLimits:%n")
    LimitOptions limits = new LimitOptions();

    @Override
    int execute() {
        if (file.startsWith("-") && !file.equals("-")) {
            throw usageError("Unknown option: '" + file + "'");
        }
        if (limits == null) {
            limits = new LimitOptions();
        }
        if (limits.problem() != null) {
            throw usageError(limits.problem());
        }
        ScriptFile script;
        try {
            script = file.equals("-") ? ScriptFile.readStdin(cli.workDir(), cli.in(), limits.sourceLimit())
                    : ScriptFile.read(cli.workDir(), file, limits.sourceLimit());
        } catch (ScriptFile.ReadFailure e) {
            cli.err().println(e.getMessage());
            return ExitCodes.IO;
        }
        RuffEngine.Builder builder = RuffEngine.builder()
                .out(cli.out())
                .err(cli.err())
                .scriptArgs(scriptArgs)
                .input(System.in)
                .grantAdvice(capability -> "rerun with " + capability.flag())
                .workingDirectory(cli.workDir())
                // the script's own folder is searched first; named here too because the name we
                // compile under is relative to the working folder, which need not be the JVM's
                .modulePath(script.folder())
                .modulePath(script.folder().resolve("modules"))
                .modulePath(cli.workDir())
                .modulePath(cli.workDir().resolve("modules"));
        backend.applyTo(builder);
        limits.applyTo(builder);
        (capabilities != null ? capabilities : new CapabilityOptions()).applyTo(builder);
        try (RuffEngine engine = builder.build()) {
            return run(engine, script);
        }
    }

    private int run(RuffEngine engine, ScriptFile file) {
        try {
            RuffScript script = engine.compile(file.source(), file.name());
            script.run();
            return ExitCodes.OK;
        } catch (RuffSyntaxError e) {
            cli.out().flush();
            cli.err().println(cli.renderer(file.sources(cli.workDir())).render(e.diagnostics()));
            return ExitCodes.SYNTAX;
        } catch (RuffExit e) {
            return e.code();
        } catch (RuffRuntimeError e) {
            cli.out().flush();
            cli.err().println(cli.renderer(file.sources(cli.workDir())).renderRuntimeError(e, file.name()));
            return ExitCodes.RUNTIME;
        }
    }
}
