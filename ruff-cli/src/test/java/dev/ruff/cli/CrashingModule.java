package dev.ruff.cli;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/** Test-only natives that misbehave the way a buggy native would, to exercise the internal-error path. */
public final class CrashingModule implements RuffModule {
    @Override
    public String name() {
        return "cli-test";
    }

    @Override
    public void register(NativeRegistry registry) {
        registry.function("__cli_test_crash", Arity.exact(0), Capability.NONE,
                "Fails with a Java Error, as a broken native would.",
                call -> {
                    // natives turn RuntimeExceptions into Ruff errors; an Error still escapes as a Java failure
                    throw new AssertionError("native blew up");
                });
    }
}
