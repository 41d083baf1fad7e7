package dev.ruff.spi;

/** The Java implementation of one native function. */
@FunctionalInterface
public interface NativeBody {
    /**
     * Runs the native. Signal failure by throwing {@link dev.ruff.diag.RuffRuntimeError}
     * (use {@link NativeCall#error(String)}); the script can catch it with {@code try/except}.
     * Never mutate container arguments: return new values.
     */
    Object call(NativeCall call);
}
