package dev.ruff.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line mistake in three lines at most: what was wrong, a "did you mean" when
 * picocli has one, and where to find help. (picocli's default repeats the whole usage text, which
 * buries the message under {@code ruff run}'s dozen capability flags.)
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + message(ex, command, args));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Usage: " + command.getHelp().synopsis(0).strip());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The mistake to name first: for {@code ruff check --nope}, picocli reports the missing FILE, but the
     * unknown option is what the user typed wrong.
     */
    private static String message(ParameterException ex, CommandLine command, String[] args) {
        if (ex instanceof CommandLine.MissingParameterException) {
            for (String arg : args) {
                if (arg.startsWith("-") && arg.length() > 1 && !arg.equals("--")
                        && command.getCommandSpec().findOption(arg.split("=", 2)[0]) == null) {
                    return "Unknown option: '" + arg + "'";
                }
            }
        }
        return ex.getMessage();
    }
}
