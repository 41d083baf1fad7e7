package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import java.util.Set;
import java.util.function.Function;

/**
 * The call rules both backends share: the not-callable error, the error for a method a value does not have,
 * and which method calls on arrays forward to the native of the same name (LANGUAGE.md §3.16, §3.17).
 */
public final class MethodCalls {
    /** The message for calling a value that is not a function (LANGUAGE.md §3.6). */
    public static final String NOT_CALLABLE = "Cannot call non-function; the value being called is not callable. "
            + "Pass a function, closure, or imported callable value instead.";
    /** Method names that array receivers forward to the native of the same name (LANGUAGE.md §3.16). */
    private static final Set<String> ARRAY_METHODS = Set.of(
            "map", "filter", "reduce", "take", "skip", "zip", "enumerate", "flatten", "chunk", "collect");

    private MethodCalls() {
    }

    public static RuffRuntimeError notCallable() {
        return new RuffRuntimeError(NOT_CALLABLE);
    }

    /** {@code v.name(...)} on a value that has no such field or method. */
    public static RuffRuntimeError noMethod(String name) {
        return new RuffRuntimeError("Cannot access field or method '" + name + "' on non-struct value");
    }

    /** Whether {@code receiver.name(...)} is an array adapter call ({@code xs.map(f)} …). */
    public static boolean isArrayMethod(Object receiver, String name) {
        return receiver instanceof RuffArray && ARRAY_METHODS.contains(name);
    }

    /**
     * What an array adapter call invokes: the native of that name, called with the receiver first; or, for
     * {@code collect} when no such native exists, null: the array itself is the result (arrays are collected).
     *
     * @param natives lookup of natives by name (Java null when absent)
     */
    public static Object arrayNative(String name, Function<String, Object> natives) {
        Object nativeFn = natives.apply(name);
        if (nativeFn == null && !name.equals("collect")) {
            throw noMethod(name);
        }
        return nativeFn;
    }

    /** {@code receiver} followed by {@code args}: the arguments of a forwarded method call. */
    public static Object[] withReceiver(Object receiver, Object[] args) {
        Object[] full = new Object[args.length + 1];
        full[0] = receiver;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }
}
