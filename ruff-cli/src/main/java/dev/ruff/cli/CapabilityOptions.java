package dev.ruff.cli;

import dev.ruff.RuffEngine;
import dev.ruff.spi.Capability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * What a script may touch. The CLI trusts the script it is told to run (every capability); with
 * {@code --untrusted} it starts from nothing and grants only the {@code --allow-*} flags given.
 */
final class CapabilityOptions {
    @Option(names = "--untrusted", description = "Deny every capability except those granted with --allow-*.")
    boolean untrusted;

    @Option(names = "--allow-all", description = "Grant every capability (the default unless --untrusted).")
    boolean all;

    @Option(names = "--allow-fs-read", description = "Grant reading files.")
    boolean fsRead;

    @Option(names = "--allow-fs-write", description = "Grant writing files.")
    boolean fsWrite;

    @Option(names = "--allow-fs-delete", description = "Grant deleting files.")
    boolean fsDelete;

    @Option(names = "--allow-fs-read-in", paramLabel = "DIR",
            description = "Grant reading files, but only inside DIR (repeatable; links and .. are followed).")
    List<Path> fsReadIn = new ArrayList<>();

    @Option(names = "--allow-fs-write-in", paramLabel = "DIR",
            description = "Grant writing files, but only inside DIR (repeatable).")
    List<Path> fsWriteIn = new ArrayList<>();

    @Option(names = "--allow-fs-delete-in", paramLabel = "DIR",
            description = "Grant deleting files, but only inside DIR (repeatable).")
    List<Path> fsDeleteIn = new ArrayList<>();

    @Option(names = "--allow-process-exec", description = "Grant starting processes.")
    boolean processExec;

    @Option(names = "--allow-shell-exec", description = "Grant running shell commands.")
    boolean shellExec;

    @Option(names = "--allow-env-read", description = "Grant reading environment variables.")
    boolean envRead;

    @Option(names = "--allow-env-write", description = "Grant setting environment variables.")
    boolean envWrite;

    @Option(names = "--allow-net-client", description = "Grant outgoing network connections.")
    boolean netClient;

    @Option(names = "--allow-net-server", description = "Grant listening for network connections.")
    boolean netServer;

    @Option(names = "--allow-database", description = "Grant database access.")
    boolean database;

    @Option(names = "--allow-clock", description = "Grant reading the clock.")
    boolean clock;

    @Option(names = "--allow-random", description = "Grant random numbers.")
    boolean random;

    /** The capabilities these flags grant. */
    Set<Capability> granted() {
        if (!untrusted || all) {
            return EnumSet.allOf(Capability.class);
        }
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        addIf(set, fsRead, Capability.FS_READ);
        addIf(set, fsWrite, Capability.FS_WRITE);
        addIf(set, fsDelete, Capability.FS_DELETE);
        addIf(set, processExec, Capability.PROCESS);
        addIf(set, shellExec, Capability.SHELL);
        addIf(set, envRead, Capability.ENV_READ);
        addIf(set, envWrite, Capability.ENV_WRITE);
        addIf(set, netClient, Capability.NET_CLIENT);
        addIf(set, netServer, Capability.NET_SERVER);
        addIf(set, database, Capability.DATABASE);
        addIf(set, clock, Capability.CLOCK);
        addIf(set, random, Capability.RANDOM);
        return set;
    }

    void applyTo(RuffEngine.Builder builder) {
        Set<Capability> set = granted();
        if (set.containsAll(EnumSet.allOf(Capability.class))) {
            builder.grantAll();
        } else {
            builder.denyAll().grant(set.toArray(Capability[]::new));
        }
        // folders narrow a capability, also one granted whole (trusted mode, --allow-all)
        confine(builder, Capability.FS_READ, fsReadIn);
        confine(builder, Capability.FS_WRITE, fsWriteIn);
        confine(builder, Capability.FS_DELETE, fsDeleteIn);
    }

    private static void confine(RuffEngine.Builder builder, Capability capability, List<Path> folders) {
        for (Path folder : folders) {
            builder.grant(capability, folder);
        }
    }

    private static void addIf(Set<Capability> set, boolean flag, Capability capability) {
        if (flag) {
            set.add(capability);
        }
    }
}
