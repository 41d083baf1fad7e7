package dev.ruff.prelude;

import dev.ruff.diag.RuffExit;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeBody;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;

/** {@code args}, {@code error} and {@code exit}. */
final class ProgramNatives {
    private ProgramNatives() {
    }

    static void register(NativeRegistry registry) {
        registry.function("args()", Arity.exact(0), Capability.NONE,
                "The arguments given after the script's file name, as strings.", Body.ARGS);
        registry.function("error(message)", Arity.exact(1), Capability.NONE,
                "Raises an error with the message (non-strings use their debug rendering).", Body.ERROR);
        registry.function("exit(code?)", Arity.range(0, 1), Capability.NONE,
                "Ends the script with the exit code (default 0; floats truncated).", Body.EXIT);
    }

    /** The natives' bodies (an enum, not lambdas: see {@code ConsoleNatives.Body}). */
    private enum Body implements NativeBody {
        ARGS, ERROR, EXIT;

        @Override
        public Object call(NativeCall call) {
            switch (this) {
                case ARGS:
                    return RuffArray.ofList(call.context().scriptArgs());
                case ERROR:
                    Object m = call.arg(0);
                    throw call.error(m instanceof String s ? s : Display.debug(m));
                default:
                    return exit(call);
            }
        }
    }

    private static Object exit(NativeCall call) {
        long code = 0;
        if (call.count() == 1) {
            Object v = call.arg(0);
            if (v instanceof Long l) {
                code = l;
            } else if (v instanceof Double d) {
                code = (long) d.doubleValue();
            } else {
                throw call.error("exit() requires a numeric exit code when provided");
            }
        }
        // like a Rust `as i32` cast: keep the low 32 bits
        throw new RuffExit((int) code);
    }
}
