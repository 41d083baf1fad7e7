package dev.ruff.stdlib.db;

import dev.ruff.spi.NativeCall;

/** Ties connections and pools to the engine's lifetime, so none outlives it (an open transaction rolls back). */
final class Resources {
    private Resources() {
    }

    static <T extends AutoCloseable> T track(NativeCall call, T resource) {
        try {
            call.context().async().closeOnShutdown(resource);
        } catch (IllegalStateException noRuntime) {
            // a context without an async runtime (unit-test fakes) has no engine end to tie to
        }
        return resource;
    }

    static void forget(NativeCall call, AutoCloseable resource) {
        try {
            call.context().async().forget(resource);
        } catch (IllegalStateException noRuntime) {
            // nothing was tracked
        }
    }
}
