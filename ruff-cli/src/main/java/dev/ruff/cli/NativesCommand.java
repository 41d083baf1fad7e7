package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ruff natives}: every native global the engine offers (core prelude and service-loaded
 * modules) with its signature (parameter names in STDLIB.md's notation), capability, module and doc
 * line; {@code --markdown} for the docs.
 */
@Command(name = "natives",
        mixinStandardHelpOptions = true,
        versionProvider = RuffCli.Version.class,
        description = {"List every native function and constant: signature, capability, module and doc.",
                NativesCommand.SIGNATURE_NOTATION})
final class NativesCommand extends CliCommand {
    static final String SIGNATURE_NOTATION = "Signatures: name(a, b) takes a and b; x? may be left out; ...xs takes any "
            + "number of further arguments; a constant has no parentheses.";
    private static final int MAX_SIGNATURE_COLUMN = 40;

    @Option(names = "--markdown", description = "Print Markdown tables, one section per module.")
    boolean markdown;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER",
            description = "List only natives whose name or module contains FILTER (e.g. json).")
    String filter;

    /** One listed global; {@code signature} is {@code name(params)}, or the bare name of a constant. */
    record Entry(String name, String signature, String capability, String module, String doc) {
    }

    @Override
    int execute() {
        List<Entry> entries;
        try (RuffEngine engine = RuffEngine.builder().build()) {
            entries = entries(engine.natives());
        }
        if (filter != null) {
            String wanted = filter.toLowerCase(java.util.Locale.ROOT);
            entries = entries.stream().filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                    || e.module().toLowerCase(java.util.Locale.ROOT).contains(wanted)).toList();
            if (entries.isEmpty()) {
                cli.err().println("No native name or module contains '" + filter + "'.");
                return ExitCodes.FINDINGS;
            }
        }
        if (markdown) {
            printMarkdown(entries, cli.out());
        } else {
            printPlain(entries, cli.out());
        }
        return ExitCodes.OK;
    }

    static List<Entry> entries(NativeRegistry registry) {
        return registry.globals().entrySet().stream().map(e -> {
            String name = e.getKey();
            String doc = Objects.requireNonNullElse(registry.doc(name), "");
            String module = Objects.requireNonNullElse(registry.moduleOf(name), "");
            if (e.getValue() instanceof NativeFunction fn) {
                return new Entry(name, signature(name, fn), fn.capabilities().isEmpty() ? Capability.NONE.displayName()
                        : fn.capabilities().stream().map(Capability::displayName)
                                .collect(java.util.stream.Collectors.joining(" + ")), module, doc);
            }
            return new Entry(name, name, "none", module, doc);
        }).toList();
    }

    /**
     * {@code name(a, b?, ...rest)} from the native's parameter names (an alias shows its own name); a host
     * module's native registered without names shows its arity instead: {@code name (1)}.
     */
    static String signature(String name, NativeFunction fn) {
        return fn.parameters().map(p -> name + "(" + p + ")").orElseGet(() -> name + " " + fn.arity().describe());
    }

    static void printPlain(List<Entry> entries, PrintWriter out) {
        int signatureWidth = entries.stream().mapToInt(e -> e.signature().length()).max().orElse(0);
        int moduleWidth = entries.stream().mapToInt(e -> e.module().length()).max().orElse(0);
        // a few long signatures overflow their cell rather than pushing every description far right
        signatureWidth = Math.max(Math.min(signatureWidth, MAX_SIGNATURE_COLUMN), "SIGNATURE".length());
        moduleWidth = Math.max(moduleWidth, "MODULE".length());
        String format = "%-" + signatureWidth + "s  %-17s  %-" + moduleWidth + "s  %s";
        out.println(String.format(format, "SIGNATURE", "CAPABILITY", "MODULE", "DESCRIPTION"));
        for (Entry e : entries) {
            out.println(String.format(format, e.signature(), e.capability(), e.module(), e.doc()).stripTrailing());
        }
    }

    static void printMarkdown(List<Entry> entries, PrintWriter out) {
        Map<String, List<Entry>> byModule = new LinkedHashMap<>();
        for (Entry e : entries) {
            byModule.computeIfAbsent(e.module(), k -> new java.util.ArrayList<>()).add(e);
        }
        out.println("# Ruff natives");
        out.println();
        out.println("Generated by `ruff natives --markdown`. " + SIGNATURE_NOTATION);
        byModule.forEach((module, list) -> {
            out.println();
            out.println("## " + (module.isEmpty() ? "(unknown module)" : module));
            out.println();
            out.println("| Signature | Capability | Description |");
            out.println("| --- | --- | --- |");
            for (Entry e : list) {
                out.println("| `" + e.signature() + "` | " + e.capability() + " | " + cell(e.doc()) + " |");
            }
        });
    }

    /** Escapes what would break a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
