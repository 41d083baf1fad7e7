package dev.ruff.stdlib.async;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.Transfer;
import dev.ruff.runtime.Operators;
import dev.ruff.spi.NativeCall;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@code shared_*} store (ASYNC.md §8): one thread-safe string-keyed map per engine, seen by the
 * main script, async bodies and spawn blocks. Values are stored and read as deep copies where they
 * can be copied, so no two threads hold the same mutable container.
 */
final class SharedValueNatives {
    private SharedValueNatives() {
    }

    private static ConcurrentMap<String, Object> store(NativeCall call) {
        return call.context().async().sharedValues();
    }

    private static Object copy(Object value) {
        Object copy = Transfer.copy(value);
        return copy != null ? copy : AsyncRuntime.shareable(value);
    }

    private static String key(NativeCall call, String fn) {
        if (!(call.arg(0) instanceof String k)) {
            throw call.error(fn + " key must be a string");
        }
        return k;
    }

    static Object set(NativeCall call) {
        if (call.count() != 2) {
            throw call.error("shared_set requires (key, value) arguments");
        }
        store(call).put(key(call, "shared_set"), copy(call.arg(1)));
        return true;
    }

    static Object get(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("shared_get requires one key argument");
        }
        String k = key(call, "shared_get");
        Object v = store(call).get(k);
        if (v == null) {
            throw call.error("shared_get key '" + k + "' not found");
        }
        return copy(v);
    }

    static Object has(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("shared_has requires one key argument");
        }
        return store(call).containsKey(key(call, "shared_has"));
    }

    static Object delete(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("shared_delete requires one key argument");
        }
        return store(call).remove(key(call, "shared_delete")) != null;
    }

    /** Atomic read-modify-write: {@link ConcurrentMap#compute} holds the entry while adding. */
    static Object addInt(NativeCall call) {
        if (call.count() != 2) {
            throw call.error("shared_add_int requires (key, delta) arguments");
        }
        String k = key(call, "shared_add_int");
        if (!(call.arg(1) instanceof Long delta)) {
            throw call.error("shared_add_int delta must be an int");
        }
        return store(call).compute(k, (key, current) -> {
            if (current == null) {
                throw call.error("shared_add_int key '" + k + "' not found");
            }
            if (!(current instanceof Long n)) {
                throw call.error("shared_add_int requires key '" + k + "' to reference an int");
            }
            return Operators.addExact(n, delta);
        });
    }
}
