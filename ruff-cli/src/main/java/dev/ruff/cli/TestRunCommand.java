package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.RuffTestSuite;
import dev.ruff.diag.DiagnosticRenderer;
import dev.ruff.diag.RuffExit;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ruff test-run FILE…}: runs the {@code test} blocks of scripts (LANGUAGE.md §3.20), one line
 * per test, then {@code Tests: T total, P passed, F failed} and the time taken; exit 1 when any
 * test failed.
 */
@Command(name = "test-run",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = {"Run the test \"name\" { … } blocks of Ruff scripts (with test_group, test_setup and "
                + "test_teardown).",
                "Each test runs in a fresh environment holding only the natives: the setup blocks, the test, "
                        + "then the teardown blocks. A test fails on its first error (assert_equal and the other "
                        + "assertion natives raise one). The file's own top-level code does not run.",
                "Exit status: 0 when every test passed, 1 when one failed, 3 for a syntax error, 5 for an "
                        + "unreadable file."})
final class TestRunCommand extends CliCommand {
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", description = "Scripts holding tests.")
    List<String> files;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Run only tests whose name (with its groups, \"group > name\") contains TEXT.")
    String filter;

    @Mixin
    BackendOption backend;

    @Override
    int execute() {
        long start = System.nanoTime();
        int passed = 0;
        int failed = 0;
        int status = ExitCodes.OK;
        RuffEngine.Builder builder = RuffEngine.builder().out(cli.out()).err(cli.err()).grantAll()
                .workingDirectory(cli.workDir());
        backend.applyTo(builder);
        try (RuffEngine engine = builder.build()) {
            for (String file : files) {
                ScriptFile script;
                try {
                    script = ScriptFile.read(cli.workDir(), file);
                } catch (ScriptFile.ReadFailure e) {
                    cli.err().println(e.getMessage());
                    status = Math.max(status, ExitCodes.IO);
                    continue;
                }
                DiagnosticRenderer renderer = cli.renderer(script.sources(cli.workDir()));
                RuffTestSuite suite;
                try {
                    suite = RuffTestSuite.compile(engine, script.source(), script.name());
                } catch (RuffSyntaxError e) {
                    cli.out().flush();
                    cli.err().println(renderer.render(e.diagnostics()));
                    status = Math.max(status, ExitCodes.SYNTAX);
                    continue;
                }
                for (RuffTestSuite.TestCase test : suite.tests()) {
                    if (filter != null && !test.fullName().contains(filter)) {
                        continue;
                    }
                    String failure = run(suite, test, renderer);
                    if (failure == null) {
                        passed++;
                        cli.out().println("PASS " + test.fullName());
                    } else {
                        failed++;
                        cli.out().println("FAIL " + test.fullName());
                        cli.out().println(failure.indent(4).stripTrailing());
                    }
                    cli.out().flush();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cli.out().println();
        cli.out().println("Tests: " + (passed + failed) + " total, " + passed + " passed, " + failed + " failed");
        cli.out().println(String.format(Locale.ROOT, "Time: %.2fs", seconds));
        if (status != ExitCodes.OK) {
            return status;
        }
        return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Runs one test; returns null when it passed, else the error report. */
    private static String run(RuffTestSuite suite, RuffTestSuite.TestCase test, DiagnosticRenderer renderer) {
        try {
            suite.run(test);
            return null;
        } catch (RuffRuntimeError e) {
            return renderer.renderRuntimeError(e, test.pos().file());
        } catch (RuffExit e) {
            return "the test called exit(" + e.code() + ")";
        }
    }
}
