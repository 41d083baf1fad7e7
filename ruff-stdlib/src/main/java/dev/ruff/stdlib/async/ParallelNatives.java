package dev.ruff.stdlib.async;

import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;

/**
 * {@code parallel_map} / {@code par_map} / {@code par_each} (ASYNC.md §5.8–5.9): the mapper is called on
 * the calling thread for every element, in order; values it returns are stored, promises it returns
 * (async functions, async I/O) are awaited together like {@code Promise.all}. So the work is concurrent
 * exactly when the mapper starts asynchronous work, as upstream's general lane.
 */
final class ParallelNatives {
    private ParallelNatives() {
    }

    static Object parallelMap(NativeCall call) {
        return map(call);
    }

    static Object parEach(NativeCall call) {
        RuffPromise mapped = map(call);
        return RuffPromise.of(mapped.runtime(), mapped.future().thenApply(v -> RuffNull.NULL));
    }

    private static RuffPromise map(NativeCall call) {
        if (!(call.arg(0) instanceof RuffArray items)) {
            throw call.error("parallel_map() first argument must be an array");
        }
        if (!(call.arg(1) instanceof RuffCallable mapper)) {
            throw call.error("parallel_map() second argument must be a callable function; pass a function, "
                    + "closure, or imported callable value instead of a literal");
        }
        TaskPoolSize.limitArg(call, 2, "parallel_map"); // validated; the mapper's work starts as it is called
        Object[] values = new Object[items.size()];
        RuffPromise[] pending = new RuffPromise[items.size()];
        for (int i = 0; i < values.length; i++) {
            Object result = call.invoker().call(mapper, items.get(i));
            if (result instanceof RuffPromise p) {
                pending[i] = p;
            } else {
                values[i] = result;
            }
        }
        return PromiseCombinators.all(call.context().async(), values, pending);
    }
}
