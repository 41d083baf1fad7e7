package dev.ruff.spi;

/**
 * What a native may touch outside the script. Engines grant a set of capabilities; a native whose
 * capability is not granted fails with {@code Capability denied: <name> required for <function>; <how to grant it>}
 * (the CLI names its flag, an embedded engine the builder call: {@link NativeContext#requireGranted}).
 */
public enum Capability {
    /** Pure computation: always allowed. */
    NONE("none", ""),
    FS_READ("filesystem-read", "--allow-fs-read"),
    FS_WRITE("filesystem-write", "--allow-fs-write"),
    FS_DELETE("filesystem-delete", "--allow-fs-delete"),
    PROCESS("process-exec", "--allow-process-exec"),
    SHELL("shell-exec", "--allow-shell-exec"),
    ENV_READ("env-read", "--allow-env-read"),
    ENV_WRITE("env-write", "--allow-env-write"),
    NET_CLIENT("network-client", "--allow-net-client"),
    NET_SERVER("network-server", "--allow-net-server"),
    DATABASE("database", "--allow-database"),
    CLOCK("clock", "--allow-clock"),
    RANDOM("random", "--allow-random");

    private final String displayName;
    private final String flag;

    Capability(String displayName, String flag) {
        this.displayName = displayName;
        this.flag = flag;
    }

    /** The name used in messages, e.g. {@code filesystem-read}. */
    public String displayName() {
        return displayName;
    }

    /** The CLI flag that grants it, e.g. {@code --allow-fs-read}. */
    public String flag() {
        return flag;
    }
}
