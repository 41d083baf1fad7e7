package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffSyntaxError;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ruff check FILE}: parses and resolves without running. Syntax errors exit 3; resolver
 * findings (reassigned {@code let}, {@code break} outside a loop …, which would fail when the
 * statement runs) exit 1; a clean script prints nothing.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = "Parse and resolve a Ruff script without running it; report diagnostics on stderr.")
final class CheckCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .ruff script to check.")
    String file;

    @Override
    int execute() {
        ScriptFile script;
        try {
            script = ScriptFile.read(cli.workDir(), file);
        } catch (ScriptFile.ReadFailure e) {
            cli.err().println(e.getMessage());
            return ExitCodes.IO;
        }
        try (RuffEngine engine = RuffEngine.builder().out(cli.out()).err(cli.err()).build()) {
            RuffScript compiled = engine.compile(script.source(), script.name());
            List<Diagnostic> warnings = compiled.warnings();
            if (warnings.isEmpty()) {
                return ExitCodes.OK;
            }
            cli.err().println(warnings.stream().map(Diagnostic::render).collect(Collectors.joining("\n\n")));
            return ExitCodes.FINDINGS;
        } catch (RuffSyntaxError e) {
            cli.err().println(e.render());
            return ExitCodes.SYNTAX;
        }
    }
}
