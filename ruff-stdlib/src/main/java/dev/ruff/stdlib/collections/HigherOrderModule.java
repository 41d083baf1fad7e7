package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.Truthiness;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.StrictArity;

/**
 * Array natives that call back into the script: map, filter, reduce, find, any, all. As upstream,
 * they take only user functions and closures (natives such as {@code len} are rejected). An error
 * raised by the callback propagates (upstream's VM behaviour).
 */
public final class HigherOrderModule implements RuffModule {

    @Override
    public String name() {
        return "higher-order";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("map(arr, fn)", Arity.unchecked(), Capability.NONE, "[fn(e) for each element].", c -> {
            RuffArray a = arrayAndFunction(c, "map");
            // int results stay unboxed (one long[] instead of a Long per element for the GC to copy)
            RuffArray.Builder out = new RuffArray.Builder(a.size());
            for (Object item : a) {
                out.add(c.invoker().call(c.arg(1), item));
            }
            return out.build();
        });
        r.function("filter(arr, fn)", Arity.unchecked(), Capability.NONE,
                "The elements for which fn returns a truthy value.", c -> {
                    RuffArray a = arrayAndFunction(c, "filter");
                    RuffArray.Builder out = new RuffArray.Builder();
                    for (Object item : a) {
                        if (Truthiness.isTruthy(c.invoker().call(c.arg(1), item))) {
                            out.add(item);
                        }
                    }
                    return out.build();
                });
        r.function("reduce(arr, initial, fn)", Arity.unchecked(), Capability.NONE,
                "Left fold: reduce(array, initial, fn(acc, element)).", this::reduce);
        r.function("find(arr, fn)", Arity.unchecked(), Capability.NONE,
                "The first element for which fn is truthy, or 0 when none is.", c -> {
                    RuffArray a = arrayAndFunction(c, "find");
                    for (Object item : a) {
                        if (Truthiness.isTruthy(c.invoker().call(c.arg(1), item))) {
                            return item;
                        }
                    }
                    return 0L;
                });
        r.function("any(arr, fn)", Arity.unchecked(), Capability.NONE, "True when fn is truthy for some element.", c -> {
            RuffArray a = arrayAndFunction(c, "any");
            for (Object item : a) {
                if (Truthiness.isTruthy(c.invoker().call(c.arg(1), item))) {
                    return true;
                }
            }
            return false;
        });
        r.function("all(arr, fn)", Arity.unchecked(), Capability.NONE, "True when fn is truthy for every element.", c -> {
            RuffArray a = arrayAndFunction(c, "all");
            for (Object item : a) {
                if (!Truthiness.isTruthy(c.invoker().call(c.arg(1), item))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Whether upstream would accept {@code value} as a callback: script functions, not natives. */
    static boolean isScriptFunction(Object value) {
        return value instanceof RuffCallable f && !f.isNative();
    }

    private static RuffArray arrayAndFunction(NativeCall c, String name) {
        StrictArity.require(c, name, 2);
        if (!(c.arg(0) instanceof RuffArray a) || !isScriptFunction(c.arg(1))) {
            throw c.error(name + " expects an array and a function");
        }
        return a;
    }

    private Object reduce(NativeCall c) {
        StrictArity.require(c, "reduce", 3);
        if (!(c.arg(0) instanceof RuffArray a) || !isScriptFunction(c.arg(2))) {
            throw c.error("reduce expects an array, an initial value, and a function");
        }
        Object acc = c.arg(1);
        for (Object item : a) {
            acc = c.invoker().call(c.arg(2), acc, item);
        }
        return acc;
    }
}
