package dev.ruff.stdlib.json;

/**
 * The JSON text of {@code to_json} and the values of {@code parse_json}, for other stdlib modules
 * (HTTP server responses, AI provider requests) that must speak the same JSON as scripts do.
 */
public final class JsonCodec {
    /** Why a value could not be written or text could not be read, in words for the script. */
    public static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private JsonCodec() {
    }

    /** Compact JSON with sorted dict keys, exactly as {@code to_json} writes it. */
    public static String write(Object value) throws Failure {
        try {
            return JsonWriter.write(value, false);
        } catch (JsonReader.Failure f) {
            throw new Failure(f.getMessage());
        }
    }

    /** The Ruff value of JSON text, exactly as {@code parse_json} reads it. */
    public static Object read(String text) throws Failure {
        try {
            return JsonReader.read(text);
        } catch (JsonReader.Failure f) {
            throw new Failure(f.getMessage());
        }
    }
}
