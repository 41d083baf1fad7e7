package dev.ruff.stdlib.async;

import dev.ruff.async.RuffPromise;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.Values;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Promise.all} / {@code promise_all} / {@code await_all}, {@code Promise.race} / {@code promise_race},
 * and the {@code Promise} namespace value whose fields are those natives, so {@code Promise.all([...])}
 * works through ordinary method-call dispatch on both backends.
 */
final class PromiseNatives {
    private PromiseNatives() {
    }

    static void register(NativeRegistry r) {
        NativeFunction all = r.function("Promise.all(promises, limit?)", Arity.unchecked(), Capability.NONE,
                "Promise of every element's value in input order; the first failure rejects it and cancels the rest.",
                PromiseNatives::all);
        r.function("promise_all(promises, limit?)", Arity.unchecked(), Capability.NONE,
                "Callable form of Promise.all(promises, limit?).", PromiseNatives::all);
        r.function("await_all(promises, limit?)", Arity.unchecked(), Capability.NONE,
                "Alias of promise_all.", PromiseNatives::all);
        NativeFunction race = r.function("Promise.race(promises)", Arity.exact(1), Capability.NONE,
                "Promise that settles like the first of the promises to settle.", PromiseNatives::race);
        r.function("promise_race(promises)", Arity.exact(1), Capability.NONE,
                "Callable form of Promise.race(promises).", PromiseNatives::race);
        StructInstance namespace = new StructInstance("Promise", null);
        namespace.setInPlace("all", all);
        namespace.setInPlace("race", race);
        // A shared constant: make any write through it copy instead of changing every script's namespace.
        Values.retain(namespace);
        r.constant("Promise", namespace, "Namespace value with the fields all and race (Promise.all([...]), Promise.race([...])).");
    }

    private static Object all(NativeCall call) {
        if (call.count() < 1 || call.count() > 2) {
            throw call.error("Promise.all expects 1 to 2 arguments, got " + call.count());
        }
        if (!(call.arg(0) instanceof RuffArray items)) {
            throw call.error("Promise.all() requires an array of promises");
        }
        TaskPoolSize.limitArg(call, 1, "Promise.all"); // validated; the work behind each promise already started
        RuffPromise[] promises = new RuffPromise[items.size()];
        Object[] fixed = new Object[items.size()];
        for (int i = 0; i < promises.length; i++) {
            if (!(items.get(i) instanceof RuffPromise p)) {
                throw call.error("Promise.all() array element " + i + " is not a Promise");
            }
            promises[i] = p;
        }
        return PromiseCombinators.all(call.context().async(), fixed, promises);
    }

    private static Object race(NativeCall call) {
        String fn = call.name().startsWith("Promise") ? "Promise.race" : "promise_race";
        if (!(call.arg(0) instanceof RuffArray items) || items.isEmpty()) {
            throw call.error(fn + "() requires a non-empty array of promises");
        }
        List<RuffPromise> promises = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof RuffPromise p)) {
                throw call.error(fn + "() array element " + i + " is not a Promise");
            }
            promises.add(p);
        }
        return PromiseCombinators.race(call.context().async(), promises);
    }
}
