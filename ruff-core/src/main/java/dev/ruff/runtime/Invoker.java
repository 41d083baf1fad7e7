package dev.ruff.runtime;

/**
 * How runtime code (operator overloading, higher-order natives such as {@code map}) calls back into
 * the backend that is running the script. Each backend provides one.
 *
 * <p>An invoker handed to a runtime step may stand for the activation making that step (compiled VM code
 * passes its frame, so a call back links to it): use it during the step only, and take
 * {@link #forAnotherThread()} for anything that calls back later.</p>
 */
public interface Invoker {
    /**
     * Calls any callable value with the given arguments.
     *
     * @throws dev.ruff.diag.RuffRuntimeError if {@code callee} is not callable, on arity mismatch,
     *                                        or when the call raises
     */
    Object call(Object callee, Object... args);

    /** Calls a struct method with {@code receiver} bound as {@code self} (or its fields, for legacy methods). */
    Object callMethod(StructInstance receiver, RuffCallable method, Object... args);

    /**
     * An invoker of the same run that may be used on another thread (to run a function as a task, as
     * {@code spawn_task} does). Backends that cannot run code concurrently yet raise a Ruff error.
     */
    default Invoker forAnotherThread() {
        throw new dev.ruff.diag.RuffRuntimeError("running functions on another thread is not supported on this backend yet");
    }
}
