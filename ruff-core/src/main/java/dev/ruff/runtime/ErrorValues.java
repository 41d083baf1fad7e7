package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.util.List;

/**
 * Converts between raised errors and Ruff values (§3.12): what {@code throw(v)} raises, and the
 * {@code Error} struct an {@code except e} block receives.
 */
public final class ErrorValues {
    /** The struct name of except variables. */
    public static final String ERROR_STRUCT = "Error";

    private ErrorValues() {
    }

    /**
     * The except variable for {@code e}: {@code Error { message, line: 0, stack, cause? }} where
     * {@code stack} lists the function names of {@code e.stack()} outermost first ({@code []} at top level)
     * and {@code cause} is the thrown struct's {@code cause} field when it has one.
     */
    public static StructInstance exceptValue(RuffRuntimeError e) {
        return exceptValue(e, List.of());
    }

    /**
     * Like {@link #exceptValue(RuffRuntimeError)} for a backend whose error stack only holds the frames
     * unwound before the {@code try} caught it: {@code activeAtTry} names the functions still active at the
     * {@code try} (outermost first, including the one containing it) and goes before the unwound frames.
     */
    public static StructInstance exceptValue(RuffRuntimeError e, List<String> activeAtTry) {
        List<StackEntry> unwound = e.stack();
        Object[] names = new Object[activeAtTry.size() + unwound.size()];
        int n = 0;
        for (String f : activeAtTry) {
            names[n++] = f;
        }
        for (int i = unwound.size() - 1; i >= 0; i--) {
            names[n++] = unwound.get(i).function();
        }
        StructInstance err = new StructInstance(ERROR_STRUCT, null);
        err.setInPlace("message", e.getMessage() == null ? "" : e.getMessage());
        err.setInPlace("line", 0L);
        err.setInPlace("stack", RuffArray.wrap(names, n));
        Object cause = causeOf(e);
        if (cause != null) {
            err.setInPlace("cause", cause);
        }
        return err;
    }

    /** The error {@code throw(...)} with {@code argc} arguments raises ({@code first} is the first): exactly one is allowed. */
    public static RuffRuntimeError thrown(int argc, Object first) {
        if (argc != 1) {
            return new RuffRuntimeError(MethodCalls.arityMessage("throw", 1, argc));
        }
        return fromThrown(first);
    }

    /**
     * The error {@code throw(value)} raises: a string is the message; a struct gives its {@code message}
     * field (displayed) or {@code "<Name> error"}; any other value gives its debug rendering. The thrown
     * value is kept on the error ({@link RuffRuntimeError#value()}), so its {@code cause} survives.
     */
    public static RuffRuntimeError fromThrown(Object value) {
        return new RuffRuntimeError(thrownMessage(value), value);
    }

    /** The message {@link #fromThrown} uses for {@code value}. */
    public static String thrownMessage(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof StructInstance s) {
            Object m = s.field("message");
            return m != null ? Display.display(m) : s.name() + " error";
        }
        return Display.debug(value);
    }

    private static Object causeOf(RuffRuntimeError e) {
        if (e.value() instanceof StructInstance s) {
            return s.field("cause");
        }
        return null;
    }
}
