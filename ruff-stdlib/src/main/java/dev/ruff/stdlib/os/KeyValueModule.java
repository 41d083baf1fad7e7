package dev.ruff.stdlib.os;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code kv_set}/{@code kv_get}: a tiny persistent string store in a JSON object file
 * ({@code $RUFF_KV_PATH}, else {@code .ruff_kv.json} in the working directory). The JSON handling
 * lives in {@link KeyValueStore}, so Jackson loads at the first call, not when the engine is built.
 */
public final class KeyValueModule implements RuffModule {
    @Override
    public String name() {
        return "kv";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("kv_set(key, value)", Arity.exact(2), Capability.FS_WRITE,
                "Stores a string under a key in the persistent key-value file.", KeyValueModule::set);
        r.function("kv_get(key)", Arity.exact(1), Capability.FS_READ,
                "Reads a key from the persistent key-value file; null when missing.", KeyValueModule::get);
    }

    private static Object set(NativeCall call) {
        return KeyValueStore.set(call);
    }

    private static Object get(NativeCall call) {
        return KeyValueStore.get(call);
    }
}
