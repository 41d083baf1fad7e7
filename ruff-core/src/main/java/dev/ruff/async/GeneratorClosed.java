package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;

/** Unwinds an abandoned generator's body from its pending {@code yield}; scripts cannot catch it. */
public final class GeneratorClosed extends RuffRuntimeError {
    public GeneratorClosed() {
        super("generator closed");
    }

    @Override
    public boolean catchable() {
        return false;
    }
}
