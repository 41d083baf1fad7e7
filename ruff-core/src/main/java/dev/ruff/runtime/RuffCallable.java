package dev.ruff.runtime;

/**
 * Anything a script can call: natives ({@link NativeFunction}) and the function values of the
 * backends. {@code type()} of every callable is {@code "function"}.
 */
public interface RuffCallable {
    /** The declared name ({@code Struct.method} for methods, {@code <lambda>} for anonymous functions). */
    String name();

    /** True for functions implemented in Java (displayed as {@code <native function: NAME>}). */
    default boolean isNative() {
        return false;
    }

    /** True for {@code async func} values: calling one returns a promise at once. */
    default boolean isAsync() {
        return false;
    }
}
