package dev.ruff.cli;

/** The exit statuses of the {@code ruff} command (LANGUAGE.md §5.3); {@code exit(n)} in a script exits with n. */
public final class ExitCodes {
    /** Success, also after a top-level {@code return}. */
    public static final int OK = 0;
    /** {@code ruff check} found warnings; {@code ruff test} had failing cases. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Lexer or parser diagnostics: nothing ran. */
    public static final int SYNTAX = 3;
    /** An uncaught runtime error. */
    public static final int RUNTIME = 4;
    /** The script could not be read. */
    public static final int IO = 5;
    /** A bug in Ruff itself (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
