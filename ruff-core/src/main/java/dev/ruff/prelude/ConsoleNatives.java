package dev.ruff.prelude;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeBody;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import java.io.IOException;
import java.io.PrintWriter;

/** {@code print}/{@code println}, {@code eprint}, {@code debug} and {@code input}. */
final class ConsoleNatives {
    private ConsoleNatives() {
    }

    static void register(NativeRegistry registry) {
        registry.function("print(...values)", Arity.atLeast(0), Capability.NONE,
                "Prints the arguments' display forms separated by spaces, then a newline.", Body.PRINT);
        registry.alias("println", "print");
        registry.function("eprint(...values)", Arity.atLeast(0), Capability.NONE,
                "Like print, but writes to standard error.", Body.EPRINT);
        registry.function("debug(...values)", Arity.atLeast(0), Capability.NONE,
                "Prints [DEBUG] followed by the arguments' debug renderings.", Body.DEBUG);
        registry.function("input(prompt?)", Arity.range(0, 1), Capability.NONE,
                "Prints the optional prompt and reads one line from standard input (\"\" at end of input).",
                Body.INPUT);
    }

    /**
     * The natives' bodies. An enum rather than lambdas, here and in the other prelude groups: every engine
     * registers the prelude, and a first lambda would start the JVM's lambda machinery, a measurable part of a
     * host's first engine + eval.
     */
    private enum Body implements NativeBody {
        PRINT, EPRINT, DEBUG, INPUT;

        @Override
        public Object call(NativeCall call) {
            switch (this) {
                case PRINT:
                    return writeLine(call.context().out(), call);
                case EPRINT:
                    writeLine(call.context().err(), call);
                    call.context().err().flush();
                    return RuffNull.NULL;
                case DEBUG:
                    return debug(call);
                default:
                    return input(call);
            }
        }
    }

    /** Space-joined display forms of every argument. */
    static String joinDisplay(Object[] args) {
        if (args.length == 1) {
            return Display.display(args[0]);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            Display.displayTo(sb, args[i]);
        }
        return sb.toString();
    }

    private static Object writeLine(PrintWriter out, NativeCall call) {
        // one write per line, so concurrent tasks never interleave inside a line
        out.write(joinDisplay(call.args()) + "\n");
        return RuffNull.NULL;
    }

    private static Object debug(NativeCall call) {
        StringBuilder sb = new StringBuilder("[DEBUG]");
        for (Object arg : call.args()) {
            sb.append(' ').append(Display.debugDeep(arg));
        }
        call.context().out().write(sb.append('\n').toString());
        return RuffNull.NULL;
    }

    private static Object input(NativeCall call) {
        PrintWriter out = call.context().out();
        if (call.count() == 1) {
            if (!(call.arg(0) instanceof String prompt)) {
                throw call.error("input() requires a string prompt when provided");
            }
            out.write(prompt);
        }
        out.flush();
        String line;
        try {
            line = call.context().in().readLine();
        } catch (IOException e) {
            line = null;
        }
        return line == null ? "" : line.stripTrailing();
    }
}
