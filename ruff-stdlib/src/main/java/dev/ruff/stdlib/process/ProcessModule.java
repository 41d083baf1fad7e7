package dev.ruff.stdlib.process;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.os.EnvironmentOverlay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Process execution: {@code execute*} through the platform shell ({@code shell-exec}), and
 * {@code spawn_process}/{@code pipe_commands} from argv arrays without a shell ({@code process-exec}).
 * Children see this engine's environment overlay and working directory.
 */
public final class ProcessModule implements RuffModule {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    @Override
    public String name() {
        return "process";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("execute(command, options?)", Arity.range(1, 2), Capability.SHELL,
                "Runs a shell command; returns its stdout, raises on failure, timeout or oversize output.",
                ProcessModule::execute);
        r.function("execute_status(command, options?)", Arity.range(1, 2), Capability.SHELL,
                "Runs a shell command; returns a ProcessResult (never raises for a non-zero exit).",
                ProcessModule::executeStatus);
        r.function("spawn_process(argv, options?)", Arity.range(1, 2), Capability.PROCESS,
                "Runs an argv array without a shell; returns a ProcessResult.", ProcessModule::spawnProcess);
        r.function("pipe_commands(commands, options?)", Arity.range(1, 2), Capability.PROCESS,
                "Runs argv arrays as a pipeline; returns the last stage's stdout.", ProcessModule::pipeCommands);
    }

    private static ProcessRunner.Outcome run(NativeCall call, List<String> argv, byte[] stdin,
                                             ProcessOptions options, String shownCommand) {
        try {
            return ProcessRunner.run(argv, stdin, options, EnvironmentOverlay.of(call.context()).all(),
                    WorkingDirectory.of(call).current());
        } catch (IOException e) {
            throw call.error("Failed to spawn process '" + shownCommand + "': " + OsErrorText.of(e));
        }
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Checks the command text of {@code execute*} and returns the shell argv for it. */
    private static List<String> shellCommand(NativeCall call) {
        if (!(call.arg(0) instanceof String command)) {
            throw call.error(call.name() + "() requires a command string");
        }
        String fn = call.name() + "()";
        if (command.isBlank()) {
            throw call.error(fn + " command must not be empty; use spawn_process([...]) for structured argv execution");
        }
        if (command.indexOf('\0') >= 0) {
            throw call.error(fn + " command contains NUL byte");
        }
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw call.error(fn + " command contains newline; use spawn_process([...]) for structured argv execution");
        }
        return WINDOWS ? List.of("cmd", "/C", command) : List.of("sh", "-c", command);
    }

    private static Object execute(NativeCall call) {
        List<String> argv = shellCommand(call);
        ProcessOptions options = ProcessOptions.from(call, 1);
        ProcessRunner.Outcome o = run(call, argv, null, options, (String) call.arg(0));
        if (o.timedOut()) {
            throw call.error("execute() timed out after " + options.timeoutMs() + "ms");
        }
        if (o.truncated()) {
            throw call.error("execute() output exceeded max_output_bytes (" + options.maxOutputBytes() + ")");
        }
        if (o.exitCode() != 0) {
            throw call.error("execute() command failed with exit code " + o.exitCode() + ": " + text(o.stderr()).trim());
        }
        return text(o.stdout());
    }

    private static Object executeStatus(NativeCall call) {
        List<String> argv = shellCommand(call);
        return result(run(call, argv, null, ProcessOptions.from(call, 1), (String) call.arg(0)));
    }

    private static List<String> argv(NativeCall call, Object value) {
        if (!(value instanceof RuffArray a) || a.isEmpty()) {
            throw call.error("spawn_process requires a non-empty array of command arguments");
        }
        List<String> out = new ArrayList<>();
        for (Object o : a) {
            if (!(o instanceof String s)) {
                throw call.error("spawn_process requires an array of strings");
            }
            out.add(s);
        }
        return out;
    }

    private static Object spawnProcess(NativeCall call) {
        List<String> argv = argv(call, call.arg(0));
        return result(run(call, argv, null, ProcessOptions.from(call, 1), String.join(" ", argv)));
    }

    private static Object pipeCommands(NativeCall call) {
        if (!(call.arg(0) instanceof RuffArray stages) || stages.isEmpty()) {
            throw call.error("pipe_commands requires a non-empty array of command arrays");
        }
        List<List<String>> commands = new ArrayList<>();
        for (Object stage : stages) {
            if (!(stage instanceof RuffArray)) {
                throw call.error("pipe_commands requires a non-empty array of command arrays");
            }
            commands.add(argv(call, stage));
        }
        ProcessOptions options = ProcessOptions.from(call, 1);
        byte[] carried = null;
        for (List<String> command : commands) {
            String shown = String.join(" ", command);
            ProcessRunner.Outcome o = run(call, command, carried == null ? new byte[0] : carried, options, shown);
            if (o.timedOut()) {
                throw call.error("Command '" + shown + "' timed out after " + options.timeoutMs() + "ms");
            }
            if (o.truncated()) {
                throw call.error("Command '" + shown + "' output exceeded max_output_bytes (" + options.maxOutputBytes() + ")");
            }
            if (o.exitCode() != 0) {
                throw call.error("Command '" + shown + "' failed with exit code " + o.exitCode() + ": "
                        + text(o.stderr()).trim());
            }
            carried = o.stdout();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(carried)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw call.error("Failed to decode output as UTF-8: invalid utf-8 sequence");
        }
    }

    /** The {@code ProcessResult} struct. */
    private static StructInstance result(ProcessRunner.Outcome o) {
        StructInstance s = new StructInstance("ProcessResult", null);
        s.setInPlace("exitcode", (long) o.exitCode());
        s.setInPlace("stdout", text(o.stdout()));
        s.setInPlace("stderr", text(o.stderr()));
        s.setInPlace("success", o.success());
        s.setInPlace("timed_out", o.timedOut());
        s.setInPlace("stdout_truncated", o.stdoutTruncated());
        s.setInPlace("stderr_truncated", o.stderrTruncated());
        return s;
    }
}
