package dev.ruff.host;

/**
 * A Ruff function (a {@code func}, a closure, a struct method or a native) seen from Java.
 *
 * <p>A function obtained through a {@code RuffContext} (or a JSR-223 engine) calls back into that
 * context: {@link #call} runs it on the engine with the context's globals, and {@link #as} turns it into
 * any Java functional interface. Calling an {@code async func} returns a
 * {@link java.util.concurrent.CompletableFuture} of the converted result.</p>
 */
public interface RuffFunction {
    /** The function's declared name ({@code <lambda>} for anonymous ones). */
    String name();

    /** True for an {@code async func}: calls return a {@code CompletableFuture<Object>}. */
    boolean isAsync();

    /**
     * Calls the function with Java arguments (converted into Ruff values) and returns its converted
     * result.
     *
     * @throws dev.ruff.diag.RuffRuntimeError when the call raises
     * @throws IllegalStateException when the function was converted outside any context and cannot run
     */
    Object call(Object... args);

    /**
     * This function as an implementation of the functional interface {@code type} ({@code Function},
     * {@code Supplier}, {@code Runnable}, {@code Predicate}, a host interface …): its single abstract
     * method calls the function and converts the result to the method's return type. Default methods
     * keep their Java behaviour.
     *
     * @throws IllegalArgumentException when {@code type} is not an interface with exactly one abstract method
     */
    <T> T as(Class<T> type);
}
