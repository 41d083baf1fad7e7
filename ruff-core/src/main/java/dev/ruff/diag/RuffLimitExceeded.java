package dev.ruff.diag;

/**
 * A run stopped because it reached a limit the host set (deadline, step budget, call depth, size of a
 * string, collection or the output) or because the host stopped it (an interrupt, {@code Future.cancel},
 * closing the engine). Scripts cannot catch it: {@code try/except} lets it pass, so the host always
 * receives it. Check {@link #limit()} for which limit was hit.
 */
public class RuffLimitExceeded extends RuffRuntimeError {
    /** Which limit stopped the run. */
    public enum Limit {
        /** The wall-clock deadline ({@code timeout}) passed. */
        TIMEOUT,
        /** The step budget (loop iterations and calls) ran out. */
        STEPS,
        /** Ruff calls nested deeper than the call-depth limit. */
        CALL_DEPTH,
        /** A string would have grown past the string-length limit. */
        STRING_LENGTH,
        /** An array, dict or range would have grown past the collection-size limit. */
        COLLECTION_SIZE,
        /** The script printed more than the output limit. */
        OUTPUT_SIZE,
        /** A source file is larger than the source-size limit. */
        SOURCE_SIZE,
        /** The Java heap ran out while the script ran. */
        MEMORY,
        /** The host interrupted the running thread, cancelled its future or closed the engine. */
        INTERRUPTED
    }

    private final Limit limit;

    public RuffLimitExceeded(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The limit that stopped the run. */
    public Limit limit() {
        return limit;
    }

    /** Never: a limit set by the host cannot be caught by the script it limits. */
    @Override
    public final boolean catchable() {
        return false;
    }
}
