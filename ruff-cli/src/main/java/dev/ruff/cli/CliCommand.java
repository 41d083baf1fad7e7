package dev.ruff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code ruff} subcommand shares: the parent command's streams and working folder, and
 * turning an unexpected Java exception into the internal-error report instead of a stack trace.
 */
abstract class CliCommand implements Callable<Integer> {
    @ParentCommand
    RuffCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "On an internal error, also print the Java stack trace.")
    boolean debug;

    /** The command's work; returns the exit status. */
    abstract int execute();

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (ParameterException usage) {
            throw usage;
        } catch (RuntimeException | Error failure) {
            cli.out().flush();
            cli.err().println(ErrorReport.internalError(failure, debug));
            return ExitCodes.INTERNAL;
        }
    }

    /** A usage error (exit 2) reported by picocli with the command's usage help. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
