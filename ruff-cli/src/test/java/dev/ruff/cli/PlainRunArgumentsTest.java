package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** The picocli-free reader of {@code ruff run} lines reads every line it accepts exactly as picocli does. */
class PlainRunArgumentsTest {

    @Test
    void knowsExactlyTheOptionsRunDeclares() {
        Set<String> flags = new TreeSet<>();
        Set<String> valued = new TreeSet<>();
        for (OptionSpec option : runCommandLine().getSubcommands().get("run").getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            (option.arity().max() == 0 ? flags : valued).addAll(List.of(option.names()));
        }
        assertEquals(flags, new TreeSet<>(PlainRunArguments.FLAGS));
        assertEquals(valued, new TreeSet<>(PlainRunArguments.VALUED));
    }

    @Test
    void readsTheEverydayLinesItself() {
        for (List<String> line : List.of(
                List.of("run", "hello.ruff"),
                List.of("run", "-"),
                List.of("run", "s.ruff", "--allow-all", "x", "-v"),
                List.of("run", "--interpreter", "--debug", "s.ruff"),
                List.of("run", "--untrusted", "--allow-fs-read", "--allow-clock", "s.ruff", "a"),
                List.of("run", "--timeout", "1.5", "--max-steps=1000", "--max-depth", "50", "s.ruff"),
                List.of("run", "--max-string-length=9", "--max-collection-size", "3", "--max-output", "80",
                        "--max-source-size", "4096", "s.ruff"))) {
            RunCommand plain = PlainRunArguments.parse(line);
            assertNotNull(plain, line.toString());
            assertEquals(describe(picocli(line)), describe(plain), line.toString());
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (List<String> line : List.of(
                List.of("run"),
                List.of("check", "s.ruff"),
                List.of("run", "--help"),
                List.of("run", "-h", "s.ruff"),
                List.of("run", "--bogus", "s.ruff"),
                List.of("run", "--interpreter", "--interpreter", "s.ruff"),
                List.of("run", "--interpreter=true", "s.ruff"),
                List.of("run", "--timeout"),
                List.of("run", "--timeout", "soon", "s.ruff"),
                List.of("run", "--timeout", "0", "s.ruff"),
                List.of("run", "--max-steps", "-5", "s.ruff"),
                List.of("run", "--max-depth", "99999999999", "s.ruff"),
                List.of("run", "--", "s.ruff"),
                List.of("run", "@options.txt"),
                List.of("run", "s.ruff", "--", "x"),
                List.of("run", "s.ruff", "@x"),
                List.of("run", ""))) {
            assertNull(PlainRunArguments.parse(line), line.toString());
        }
    }

    /** Any line the reader accepts, picocli accepts too and reads the same way. */
    @Property(tries = 500)
    void agreesWithPicocliOnEveryLineItAccepts(@ForAll("runLines") List<String> line) {
        RunCommand plain = PlainRunArguments.parse(line);
        if (plain != null) {
            assertEquals(describe(picocli(line)), describe(plain), line.toString());
        }
    }

    @Provide
    Arbitrary<List<String>> runLines() {
        Arbitrary<String> option = Arbitraries.of("--debug", "--interpreter", "--untrusted", "--allow-all",
                "--allow-fs-read", "--allow-net-server", "--allow-random", "--timeout", "--max-steps", "--max-depth",
                "--max-output", "--max-source-size", "--bogus", "-h", "--", "--timeout=2", "--max-steps=0",
                "--max-depth=12", "--interpreter=false");
        Arbitrary<String> value = Arbitraries.of("5", "0", "1.5", "-1", "abc", "99999999999", "1e3", "NaN", "@f", "");
        Arbitrary<String> file = Arbitraries.of("s.ruff", "-", "dir/s.ruff", "@f", "-x");
        Arbitrary<String> scriptArg = Arbitraries.of("a", "--allow-all", "--", "-", "@a", "x=y", "--timeout");
        return Arbitraries.oneOf(option, value).list().ofMaxSize(5)
                .flatMap(options -> file.flatMap(f -> scriptArg.list().ofMaxSize(3).map(rest -> {
                    List<String> line = new ArrayList<>();
                    line.add("run");
                    line.addAll(options);
                    line.add(f);
                    line.addAll(rest);
                    return line;
                })));
    }

    private static CommandLine runCommandLine() {
        CommandLine ruff = new CommandLine(new RuffCli());
        CommandLine run = ruff.getSubcommands().get("run");
        run.setStopAtPositional(true); // as RuffCli sets it
        return ruff;
    }

    private static RunCommand picocli(List<String> line) {
        CommandLine ruff = runCommandLine();
        try {
            ruff.parseArgs(line.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new AssertionError("picocli refuses " + line + ": " + e.getMessage(), e);
        }
        return (RunCommand) ruff.getSubcommands().get("run").getCommandSpec().userObject();
    }

    /** Every option field of the command and its groups, by name. */
    private static String describe(RunCommand run) {
        StringBuilder text = new StringBuilder("file=" + run.file + " args=" + run.scriptArgs + " debug=" + run.debug);
        fields(text, "backend", run.backend);
        fields(text, "capabilities", run.capabilities);
        // RunCommand.execute reads a missing limits group as no limits
        fields(text, "limits", run.limits != null ? run.limits : new LimitOptions());
        return text.toString();
    }

    private static void fields(StringBuilder text, String group, Object options) {
        text.append(' ').append(group).append('=');
        if (options == null) {
            text.append("null");
            return;
        }
        for (Field field : options.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                text.append(field.getName()).append(':').append(field.get(options)).append(',');
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
