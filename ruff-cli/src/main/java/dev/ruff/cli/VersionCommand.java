package dev.ruff.cli;

import picocli.CommandLine.Command;

/** {@code ruff version}: the same banner as {@code ruff --version}, for people who type it as a command. */
@Command(name = "version", description = "Print the version and exit (same as ruff --version).")
final class VersionCommand extends CliCommand {
    @Override
    int execute() {
        for (String line : new RuffCli.Version().getVersion()) {
            cli.out().println(line);
        }
        return ExitCodes.OK;
    }
}
