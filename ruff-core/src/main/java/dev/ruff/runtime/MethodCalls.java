package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;
import java.util.Set;
import java.util.function.Function;

/**
 * The call rules both backends share (and the compile tier, through the VM): the arity rule and its message,
 * the not-callable error, where a method call {@code receiver.name(args)} goes ({@link #target}: the one
 * dispatch order), the error for a method a value does not have, and which method calls on arrays forward to
 * the native of the same name (LANGUAGE.md §3.6, §3.8, §3.16, §3.17). Operator overloading is dispatched by
 * {@link Operators}.
 */
public final class MethodCalls {
    /** The message for calling a value that is not a function (LANGUAGE.md §3.6). */
    public static final String NOT_CALLABLE = "Cannot call non-function; the value being called is not callable. "
            + "Pass a function, closure, or imported callable value instead.";
    /** Method names that array receivers forward to the native of the same name (LANGUAGE.md §3.16). */
    private static final Set<String> ARRAY_METHODS = Set.of(
            "map", "filter", "reduce", "take", "skip", "zip", "enumerate", "flatten", "chunk", "collect");

    /**
     * Where a method call goes, decided by {@link #target} in this order: a struct's field (which shadows a
     * method of the same name), the struct's method, a dict entry, a static method of a struct declaration,
     * a host handle's method, an array adapter; anything else has no such method.
     */
    public enum Target {
        /** {@code s.name} is a field of the struct instance: its value is called with the arguments. */
        STRUCT_FIELD,
        /** The struct's method ({@link #structMethod}): a Ruff method binds the receiver as {@code self}, a native one takes it first. */
        STRUCT_METHOD,
        /** {@code d.name(...)} calls the dict's entry {@code "name"} ({@link #dictEntry}; absent: null, not callable). */
        DICT_ENTRY,
        /** {@code Struct.name(...)}: a method of the declaration called without a receiver. */
        DECLARATION_METHOD,
        /** A host handle's method ({@link MethodHandleValue#callMethod}). */
        HANDLE_METHOD,
        /** {@code xs.map(f)} …: the native of that name with the receiver first ({@link #callArrayAdapter}). */
        ARRAY_ADAPTER
    }

    private MethodCalls() {
    }

    /**
     * Where {@code receiver.name(...)} goes.
     *
     * @throws RuffRuntimeError {@code Cannot access field or method …} when the value has no such method
     */
    public static Target target(Object receiver, String name) {
        if (receiver instanceof StructInstance s) {
            return s.hasField(name) ? Target.STRUCT_FIELD : Target.STRUCT_METHOD;
        }
        if (receiver instanceof RuffDict) {
            return Target.DICT_ENTRY;
        }
        if (receiver instanceof StructDef def && def.method(name) instanceof ClosureValue) {
            return Target.DECLARATION_METHOD;
        }
        if (receiver instanceof MethodHandleValue) {
            return Target.HANDLE_METHOD;
        }
        if (isArrayMethod(receiver, name)) {
            return Target.ARRAY_ADAPTER;
        }
        throw noMethod(name);
    }

    /**
     * The method a {@link Target#STRUCT_METHOD} call runs: {@code found}, the declaration's method of that name
     * (looked up by the backend, which may cache it).
     *
     * @throws RuffRuntimeError {@code Field not found: name} when the struct has no such method
     */
    public static RuffCallable structMethod(RuffCallable found, String name) {
        if (found == null) {
            throw new RuffRuntimeError("Field not found: " + name);
        }
        return found;
    }

    /** What a {@link Target#DICT_ENTRY} call calls: the entry, or null when absent (then not callable). */
    public static Object dictEntry(RuffDict dict, String name) {
        Object v = dict.get(name);
        return v == null ? RuffNull.NULL : v;
    }

    /** A {@link Target#DECLARATION_METHOD} call's function. */
    public static ClosureValue declarationMethod(StructDef def, String name) {
        return (ClosureValue) def.method(name);
    }

    /**
     * Runs an {@link Target#ARRAY_ADAPTER} call: the native of that name with the receiver first; {@code collect}
     * without such a native returns the array itself.
     *
     * @param natives lookup of natives by name (Java null when absent)
     */
    public static Object callArrayAdapter(Object receiver, String name, Object[] args,
                                          Function<String, Object> natives, Invoker invoker) {
        Object nativeFn = arrayNative(name, natives);
        return nativeFn == null ? receiver : invoker.call(nativeFn, withReceiver(receiver, args));
    }

    /**
     * Checks a call of a user function, closure, method, async function or generator: arity is exact
     * (LANGUAGE.md §3.6).
     */
    public static void checkArity(ClosureValue fn, int given) {
        if (given != fn.arity()) {
            throw arityError(fn, given);
        }
    }

    /** {@code NAME expects N arguments, got M}: always the plural, as for natives with central arity metadata. */
    public static RuffRuntimeError arityError(ClosureValue fn, int given) {
        return new RuffRuntimeError(arityMessage(fn.name(), fn.arity(), given));
    }

    /** The text of {@link #arityError}, shared with the natives' exact-arity check. */
    public static String arityMessage(String name, int expected, int given) {
        return name + " expects " + expected + " arguments, got " + given;
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
