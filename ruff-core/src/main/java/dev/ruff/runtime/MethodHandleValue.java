package dev.ruff.runtime;

/**
 * A handle value with methods, such as a channel ({@code ch.send(v)}, {@code ch.receive()}). Both
 * backends dispatch {@code value.name(args)} to {@link #callMethod} when the receiver implements this.
 */
public interface MethodHandleValue extends RuffHandle {
    /**
     * Runs method {@code name} with {@code args} (the receiver is not among them).
     *
     * @param invoker calls back into the running backend, for methods that take callbacks
     * @throws dev.ruff.diag.RuffRuntimeError for an unknown method, bad arguments, or when the method fails
     */
    Object callMethod(String name, Object[] args, Invoker invoker);
}
