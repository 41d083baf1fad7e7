package dev.ruff.runtime;

/**
 * What one run of a script may use. A value of 0 means "no limit" for the deadline, the step budget and
 * the output; string length and collection size are always bounded.
 *
 * @param timeoutMillis     wall-clock time a run may take, counted from its start (0: none)
 * @param maxSteps          loop iterations plus calls a run may make, over all its tasks (0: none)
 * @param maxStringLength   characters a string built by the script may have
 * @param maxCollectionSize elements an array, dict or range built by the script may have
 * @param maxOutputChars    characters a run may print to its output and error writers together (0: none)
 */
public record RunLimits(long timeoutMillis, long maxSteps, int maxStringLength, int maxCollectionSize,
                        long maxOutputChars) {
    /** Default string-length limit: 64 Mi characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024 * 1024;
    /** Default collection-size limit: 16 Mi elements. */
    public static final int DEFAULT_MAX_COLLECTION_SIZE = 16 * 1024 * 1024;
    /** The defaults: no deadline, no step budget, no output limit, the default size limits. */
    public static final RunLimits DEFAULTS = new RunLimits(0, 0, DEFAULT_MAX_STRING_LENGTH,
            DEFAULT_MAX_COLLECTION_SIZE, 0);

    public RunLimits {
        if (timeoutMillis < 0 || maxSteps < 0 || maxOutputChars < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (maxStringLength < 1 || maxCollectionSize < 1) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }
}
