package dev.ruff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ruff.RuffEngine;
import dev.ruff.diag.Diagnostic;
import dev.ruff.diag.RuffSyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ruff check FILE…}: parses and resolves without running. Syntax errors exit 3; resolver
 * findings (reassigned {@code let}, {@code break} outside a loop …, which would fail when the
 * statement runs) exit 1; an unreadable file exits 5; clean scripts print nothing.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = {"Parse and resolve Ruff scripts without running them; report every diagnostic on stderr "
                + "with its code, FILE:LINE:COLUMN, the source line and a caret under the column.",
                "Exit status: 3 when a file has a syntax error, else 5 when a file cannot be read, else 1 when "
                        + "there are other findings, else 0.",
                "--json prints one JSON document on stdout instead: {\"version\": 1, \"diagnostics\": [{\"file\", "
                        + "\"line\", \"column\", \"code\", \"subsystem\", \"severity\", \"message\", \"help\"}…]} "
                        + "(line and column are 0 for a file that cannot be read)."})
final class CheckCommand extends CliCommand {
    /** The version of the {@code --json} shape; bumped only for incompatible changes. */
    static final int JSON_VERSION = 1;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", description = "The .ruff scripts to check.")
    List<String> files;

    @Option(names = "--json", description = "Print the diagnostics as JSON on stdout (shape above).")
    boolean json;

    /** What checking one file found. */
    private record FileResult(ScriptFile script, List<Diagnostic> diagnostics, boolean syntax, String readFailure) {
    }

    @Override
    int execute() {
        List<FileResult> results = new ArrayList<>();
        try (RuffEngine engine = RuffEngine.builder().out(cli.out()).err(cli.err()).build()) {
            for (String file : files) {
                results.add(check(engine, file));
            }
        }
        if (json) {
            cli.out().println(toJson(results));
        } else {
            printText(results);
        }
        if (results.stream().anyMatch(FileResult::syntax)) {
            return ExitCodes.SYNTAX;
        }
        if (results.stream().anyMatch(r -> r.readFailure() != null)) {
            return ExitCodes.IO;
        }
        return results.stream().anyMatch(r -> !r.diagnostics().isEmpty()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private FileResult check(RuffEngine engine, String file) {
        ScriptFile script;
        try {
            script = file.equals("-")
                    ? ScriptFile.readStdin(cli.workDir(), cli.in(), RuffEngine.DEFAULT_MAX_SOURCE_BYTES)
                    : ScriptFile.read(cli.workDir(), file);
        } catch (ScriptFile.ReadFailure e) {
            return new FileResult(null, List.of(), false, e.getMessage());
        }
        try {
            return new FileResult(script, engine.compile(script.source(), script.name()).warnings(), false, null);
        } catch (RuffSyntaxError e) {
            return new FileResult(script, e.diagnostics(), true, null);
        }
    }

    private void printText(List<FileResult> results) {
        boolean first = true;
        for (FileResult r : results) {
            if (r.readFailure() != null) {
                cli.err().println(r.readFailure());
                continue;
            }
            if (r.diagnostics().isEmpty()) {
                continue;
            }
            if (!first) {
                cli.err().println();
            }
            first = false;
            cli.err().println(cli.renderer(r.script().sources(cli.workDir())).render(r.diagnostics()));
        }
    }

    private String toJson(List<FileResult> results) {
        List<Map<String, Object>> diagnostics = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            if (r.readFailure() != null) {
                diagnostics.add(entry(files.get(i), 0, 0, "RUFIO001", "io", r.readFailure(), null));
            }
            for (Diagnostic d : r.diagnostics()) {
                diagnostics.add(entry(d.pos().file(), d.pos().line(), d.pos().column(), d.code(), d.subsystem(),
                        d.message(), d.help()));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", JSON_VERSION);
        document.put("diagnostics", diagnostics);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write diagnostics as JSON", e);
        }
    }

    private static Map<String, Object> entry(String file, int line, int column, String code, String subsystem,
                                             String message, String help) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", file);
        e.put("line", line);
        e.put("column", column);
        e.put("code", code);
        e.put("subsystem", subsystem);
        e.put("severity", "error");
        e.put("message", message);
        e.put("help", help);
        return e;
    }
}
