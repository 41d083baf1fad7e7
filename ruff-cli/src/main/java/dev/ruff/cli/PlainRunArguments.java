package dev.ruff.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the everyday {@code ruff run [OPTIONS] FILE [ARGS…]} command line without picocli.
 *
 * <p>Why: picocli builds its model of every subcommand by reflection on each start, which costs more
 * CPU than running a short script (its classes cannot go into the class-data-sharing archive either).
 * This reader understands only command lines whose meaning is beyond doubt: known {@code ruff run}
 * options, each at most once, values that convert as picocli converts them, then {@code FILE}. For
 * anything else (help, a misspelt or repeated option, a bad value, {@code --}, {@code @file}
 * arguments, no {@code FILE}, a limit picocli would reject) it answers {@code null} and the caller
 * hands the command line to picocli, so every message and exit status stays picocli's.</p>
 *
 * <p>The options are still declared once, on {@link RunCommand}, {@link BackendOption},
 * {@link CapabilityOptions}, {@link LimitOptions} and {@link CliCommand}; {@code PlainRunArgumentsTest}
 * fails when this reader knows an option they do not declare, or misses one they do. An option added
 * there and not here is still correct: this reader does not know it, so picocli reads the line.</p>
 */
final class PlainRunArguments {
    /** The options without a value this reader knows. */
    static final Set<String> FLAGS = Set.of("--debug", "--interpreter", "--untrusted", "--allow-all",
            "--allow-fs-read", "--allow-fs-write", "--allow-fs-delete", "--allow-process-exec",
            "--allow-shell-exec", "--allow-env-read", "--allow-env-write", "--allow-net-client",
            "--allow-net-server", "--allow-database", "--allow-clock", "--allow-random");

    /** The options taking one value this reader knows. */
    static final Set<String> VALUED = Set.of("--timeout", "--max-steps", "--max-depth", "--max-string-length",
            "--max-collection-size", "--max-output", "--max-source-size", "--allow-fs-read-in",
            "--allow-fs-write-in", "--allow-fs-delete-in");

    /** The valued options that may be given more than once (each adds a folder). */
    private static final Set<String> REPEATABLE = Set.of("--allow-fs-read-in", "--allow-fs-write-in",
            "--allow-fs-delete-in");

    private PlainRunArguments() {
    }

    /**
     * The {@code run} command {@code args} describe, with its options set as picocli would set them,
     * or {@code null} when picocli must read this command line.
     */
    static RunCommand parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("run")) {
            return null;
        }
        RunCommand run = new RunCommand();
        run.backend = new BackendOption();
        run.limits = new LimitOptions();
        Set<String> seen = new HashSet<>();
        int i = 1;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                break; // FILE
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!seen.add(name) && !REPEATABLE.contains(name)) {
                return null; // picocli reports an option given twice
            }
            if (FLAGS.contains(name)) {
                if (equals >= 0 || !setFlag(run, name)) {
                    return null;
                }
            } else if (VALUED.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    return null; // picocli reports the missing value
                }
                boolean set = REPEATABLE.contains(name) ? addFolder(capabilities(run), name, value)
                        : setValue(run.limits, name, value);
                if (!plainValue(value) || !set) {
                    return null;
                }
            } else {
                return null; // unknown option, --help, --, …
            }
        }
        if (i >= args.size() || args.get(i).isEmpty()) {
            return null; // picocli reports the missing FILE
        }
        run.file = args.get(i);
        List<String> scriptArgs = new ArrayList<>(args.subList(i + 1, args.size()));
        for (String arg : scriptArgs) {
            if (arg.equals("--") || arg.startsWith("@")) {
                return null; // how picocli treats these after FILE is its business
            }
        }
        run.scriptArgs = scriptArgs;
        if (run.file.startsWith("@") || run.limits.problem() != null) {
            return null;
        }
        return run;
    }

    /** A value picocli takes as it is: not empty, not option-like, not an {@code @file}. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    private static boolean setFlag(RunCommand run, String name) {
        switch (name) {
            case "--debug" -> run.debug = true;
            case "--interpreter" -> run.backend.interpreter = true;
            default -> {
                return setCapability(capabilities(run), name);
            }
        }
        return true;
    }

    /** Picocli creates the capability group only when one of its options is given. */
    private static CapabilityOptions capabilities(RunCommand run) {
        if (run.capabilities == null) {
            run.capabilities = new CapabilityOptions();
        }
        return run.capabilities;
    }

    private static boolean setCapability(CapabilityOptions c, String name) {
        switch (name) {
            case "--untrusted" -> c.untrusted = true;
            case "--allow-all" -> c.all = true;
            case "--allow-fs-read" -> c.fsRead = true;
            case "--allow-fs-write" -> c.fsWrite = true;
            case "--allow-fs-delete" -> c.fsDelete = true;
            case "--allow-process-exec" -> c.processExec = true;
            case "--allow-shell-exec" -> c.shellExec = true;
            case "--allow-env-read" -> c.envRead = true;
            case "--allow-env-write" -> c.envWrite = true;
            case "--allow-net-client" -> c.netClient = true;
            case "--allow-net-server" -> c.netServer = true;
            case "--allow-database" -> c.database = true;
            case "--allow-clock" -> c.clock = true;
            case "--allow-random" -> c.random = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Adds a confinement folder as picocli's {@code Path} converter would; false when it would refuse it. */
    private static boolean addFolder(CapabilityOptions c, String name, String value) {
        java.nio.file.Path folder;
        try {
            folder = java.nio.file.Paths.get(value);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        switch (name) {
            case "--allow-fs-read-in" -> c.fsReadIn.add(folder);
            case "--allow-fs-write-in" -> c.fsWriteIn.add(folder);
            case "--allow-fs-delete-in" -> c.fsDeleteIn.add(folder);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Converts like picocli's built-in converters ({@code valueOf}); false when picocli would refuse it. */
    private static boolean setValue(LimitOptions limits, String name, String value) {
        try {
            switch (name) {
                case "--timeout" -> limits.timeoutSeconds = Double.valueOf(value);
                case "--max-steps" -> limits.maxSteps = Long.valueOf(value);
                case "--max-depth" -> limits.maxDepth = Integer.valueOf(value);
                case "--max-string-length" -> limits.maxStringLength = Integer.valueOf(value);
                case "--max-collection-size" -> limits.maxCollectionSize = Integer.valueOf(value);
                case "--max-output" -> limits.maxOutput = Long.valueOf(value);
                case "--max-source-size" -> limits.maxSourceBytes = Long.valueOf(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
