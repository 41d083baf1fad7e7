package dev.ruff.spi;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What a running script offers its natives: output, arguments, capabilities, callbacks, per-run state. */
public interface NativeContext {
    /** Where {@code print} writes. */
    PrintWriter out();

    /** Where diagnostics and {@code eprint} write. */
    PrintWriter err();

    /** Arguments given to the script after its file name ({@code args()} in Ruff). */
    List<String> scriptArgs();

    /** Whether this run was granted {@code capability}. */
    boolean isGranted(Capability capability);

    /** Calls back into the running backend (for {@code map}, {@code filter}, operator overloading …). */
    Invoker invoker();

    /**
     * State a module keeps per engine (a seeded random generator, an environment overlay …),
     * created on first use. Keyed by class so modules cannot collide.
     */
    <T> T state(Class<T> key, Supplier<T> init);

    /**
     * The engine's async runtime: its executor, timer and {@code await}. Contexts that run no scripts
     * (unit-test fakes) may not have one.
     *
     * @throws IllegalStateException when there is none
     */
    default AsyncRuntime async() {
        throw new IllegalStateException("no async runtime in this context");
    }

    /**
     * Where {@code input()} reads lines. Defaults to the process's standard input, wrapped once per
     * engine (through {@link #state}) so buffered lines are not lost between calls; an engine's runs read
     * only the source its host gave ({@code RuffEngine.Builder.input}).
     */
    default BufferedReader in() {
        return state(StandardInput.class, StandardInput::new).reader();
    }

    /**
     * The folder this run starts in, against which natives resolve relative paths (an absolute path). The
     * host sets it with {@code RuffEngine.Builder.workingDirectory}; by default it is the JVM's current
     * directory. Natives that let a script change directory keep their own per-context state starting here.
     */
    default Path workingDirectory() {
        return Path.of("").toAbsolutePath().normalize();
    }

    /**
     * The end of a capability-denied message: how to grant {@code capability} where this script runs
     * (the CLI names its flag, an embedded engine the builder call or whatever its host configured).
     */
    default String grantAdvice(Capability capability) {
        return "rerun with " + capability.flag();
    }

    /**
     * The folders the host confined file capabilities to. Every native that touches a file checks the resolved
     * path here ({@link FolderGrants#check}) before it does; the default confines nothing.
     */
    default FolderGrants folderGrants() {
        return FolderGrants.UNCONFINED;
    }

    /**
     * Fails with the capability-denied error scripts see unless {@code capability} is granted.
     *
     * @param operation what needs it, as the message names it ({@code read_file}, {@code HttpServer.listen})
     */
    default void requireGranted(Capability capability, String operation) {
        if (!isGranted(capability)) {
            throw new RuffRuntimeError("Capability denied: " + capability.displayName() + " required for "
                    + operation + "; " + grantAdvice(capability));
        }
    }
}
