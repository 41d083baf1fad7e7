package dev.ruff.stdlib;

import dev.ruff.spi.NativeCall;

/**
 * The arity texts of natives that check their own argument count with upstream's grammar:
 * {@code pop expects 1 argument, got 2}, {@code push expects 2 arguments, got 1}. (The central
 * checker always says "arguments".)
 */
public final class StrictArity {
    private StrictArity() {
    }

    /** Throws unless exactly {@code expected} arguments were passed; {@code name} is the called name. */
    public static void require(NativeCall call, String name, int expected) {
        if (call.count() != expected) {
            throw call.error(name + " expects " + expected + (expected == 1 ? " argument" : " arguments")
                    + ", got " + call.count());
        }
    }
}
