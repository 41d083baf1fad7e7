package dev.ruff.spi;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;

/** One invocation of a native: its arguments and the context of the running script. */
public final class NativeCall {
    private final NativeFunction function;
    private final Object[] args;
    private final NativeContext context;

    public NativeCall(NativeFunction function, Object[] args, NativeContext context) {
        this.function = function;
        this.args = args;
        this.context = context;
    }

    /** The name the native is registered under (aliases report their target's name). */
    public String name() {
        return function.name();
    }

    /** Every capability the native declares (its effect needs all of them). */
    public java.util.List<Capability> capabilities() {
        return function.capabilities();
    }

    public int count() {
        return args.length;
    }

    /** Argument {@code i} (0-based); never Java {@code null}. */
    public Object arg(int i) {
        return args[i];
    }

    /** The arguments; do not modify the array. */
    public Object[] args() {
        return args;
    }

    public NativeContext context() {
        return context;
    }

    public Invoker invoker() {
        return context.invoker();
    }

    /** A Ruff runtime error to throw from the native. */
    public RuffRuntimeError error(String message) {
        return new RuffRuntimeError(message);
    }
}
