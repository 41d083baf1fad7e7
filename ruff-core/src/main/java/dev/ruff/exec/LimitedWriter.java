package dev.ruff.exec;

import dev.ruff.runtime.RunGuard;
import java.io.IOException;
import java.io.Writer;

/** Counts what a run prints against its output limit before passing it on. */
public final class LimitedWriter extends Writer {
    private final Writer target;
    private final RunGuard guard;

    public LimitedWriter(Writer target, RunGuard guard) {
        this.target = target;
        this.guard = guard;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        guard.countOutput(len);
        target.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        guard.countOutput(len);
        target.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.flush(); // the engine's writer outlives the run
    }
}
