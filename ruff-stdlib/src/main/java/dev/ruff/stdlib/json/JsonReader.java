package dev.ruff.stdlib.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON text to Ruff values with Jackson's streaming parser: objects become dicts (last duplicate
 * key wins), numbers that fit a 64-bit int become ints, all others floats.
 */
final class JsonReader {
    /** Upstream's limits on untrusted JSON. */
    static final int MAX_INPUT_BYTES = 1_048_576;
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // our own depth check gives upstream's message; keep Jackson's looser
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
            .build();

    /** Thrown for input the reader rejects; the message is the Ruff error text. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private JsonReader() {
    }

    static Object read(String text) throws Failure {
        if (Utf8Length.of(text) > MAX_INPUT_BYTES) {
            throw new Failure("JSON input exceeds maximum input size of " + MAX_INPUT_BYTES + " bytes");
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new Failure("JSON parse error: EOF while parsing a value at line 1 column 0");
            }
            Object value = readValue(p, first, 0);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new Failure("JSON parse error: trailing characters" + where(p.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new Failure("JSON parse error: " + problem(e.getOriginalMessage()) + where(e.getLocation()));
        } catch (IOException e) {
            throw new Failure("JSON parse error: " + dev.ruff.runtime.JavaFailures.describe(e));
        }
    }

    /**
     * The parser's complaint in the words of upstream's parser (serde_json: {@code expected value},
     * {@code key must be a string}, {@code EOF while parsing an object} …), not the Java library's own.
     */
    static String problem(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        if (m.contains("end-of-input")) {
            if (m.contains("Object")) {
                return "EOF while parsing an object";
            }
            if (m.contains("Array")) {
                return "EOF while parsing a list";
            }
            if (m.contains("String") || m.contains("field name")) {
                return "EOF while parsing a string";
            }
            return "EOF while parsing a value";
        }
        if (m.contains("double-quote to start field name")) {
            return m.contains("(']'") || m.contains("('}'") ? "trailing comma" : "key must be a string";
        }
        if (m.contains("colon to separate field name")) {
            return "expected `:`";
        }
        if (m.contains("comma to separate Object")) {
            return "expected `,` or `}`";
        }
        if (m.contains("comma to separate Array")) {
            return "expected `,` or `]`";
        }
        if (m.contains("separating root-level values")) {
            return "trailing characters";
        }
        if (m.contains("Illegal unquoted character")) {
            return "control character (\\u0000-\\u001F) found while parsing a string";
        }
        if (m.contains("character escape") || m.contains("escape sequence")) {
            return "invalid escape";
        }
        if (m.contains("numeric value") || m.contains("Leading zeroes") || m.contains("Non-standard token")) {
            return "invalid number";
        }
        if (m.contains("(']'") || m.contains("('}'")) {
            return "trailing comma";
        }
        return "expected value";
    }

    private static String where(JsonLocation at) {
        if (at == null) {
            return "";
        }
        return " at line " + at.getLineNr() + " column " + at.getColumnNr();
    }

    private static Object readValue(JsonParser p, JsonToken token, int depth) throws IOException, Failure {
        switch (token) {
            case START_OBJECT: {
                checkDepth(depth + 1);
                RuffDict d = new RuffDict();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    d.putInPlace(key, readValue(p, p.nextToken(), depth + 1));
                }
                return d;
            }
            case START_ARRAY: {
                checkDepth(depth + 1);
                List<Object> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(p, t, depth + 1));
                }
                return RuffArray.ofList(items);
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return p.getDoubleValue();
                }
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return RuffNull.NULL;
            default:
                throw new Failure("JSON parse error: unexpected token " + token + where(p.currentTokenLocation()));
        }
    }

    private static void checkDepth(int depth) throws Failure {
        if (depth > MAX_DEPTH) {
            throw new Failure("JSON input exceeds maximum nesting depth of " + MAX_DEPTH);
        }
    }
}
