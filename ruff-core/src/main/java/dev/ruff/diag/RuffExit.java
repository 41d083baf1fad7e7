package dev.ruff.diag;

/** A script called {@code exit(code)}: not an error, but it ends the run with that exit status. */
public final class RuffExit extends RuffException {
    private final int code;

    public RuffExit(int code) {
        super("exit(" + code + ")");
        this.code = code;
    }

    public int code() {
        return code;
    }
}
