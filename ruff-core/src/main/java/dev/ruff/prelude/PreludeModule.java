package dev.ruff.prelude;

import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * The core natives every engine has: output and input ({@code print}, {@code println}, {@code eprint},
 * {@code debug}, {@code input}), introspection ({@code len}, {@code type}, {@code to_string}, {@code is_truthy}),
 * program control ({@code args}, {@code error}, {@code exit}), {@code range}, and the constants {@code PI} and {@code E}.
 */
public final class PreludeModule implements RuffModule {
    @Override
    public String name() {
        return "core";
    }

    @Override
    public void register(NativeRegistry registry) {
        ConsoleNatives.register(registry);
        IntrospectionNatives.register(registry);
        ProgramNatives.register(registry);
        RangeNative.register(registry);
        registry.constant("PI", Math.PI, "The ratio of a circle's circumference to its diameter.");
        registry.constant("E", Math.E, "Euler's number.");
    }
}
