package dev.ruff.stdlib.json;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.dicts.DictKeys;
import java.util.List;

/**
 * Ruff values to JSON text in upstream's format (serde_json): compact {@code {"a":1,"b":[1,2]}}
 * or pretty with two-space indentation, dict keys sorted, floats always with a fraction or an
 * exponent ({@code 2.0}, {@code 1e21}). Only null, bool, int, float, string, array and dict convert.
 */
final class JsonWriter {
    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    static String write(Object value, boolean pretty) throws JsonReader.Failure {
        JsonWriter w = new JsonWriter(pretty);
        w.value(value, 0);
        return w.out.toString();
    }

    private void value(Object v, int depth) throws JsonReader.Failure {
        if (v == RuffNull.NULL) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Long l) {
            out.append(l);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new JsonReader.Failure("Cannot convert non-finite float " + Display.formatFloat(d) + " to JSON");
            }
            out.append(JsonFloat.format(d));
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof RuffArray a) {
            enter(depth);
            array(a, depth + 1);
        } else if (v instanceof RuffDict d) {
            enter(depth);
            object(d, depth + 1);
        } else {
            throw new JsonReader.Failure("Cannot convert " + Display.debug(v) + " to JSON");
        }
    }

    private static void enter(int depth) throws JsonReader.Failure {
        if (depth + 1 > JsonReader.MAX_DEPTH) {
            throw new JsonReader.Failure("JSON value exceeds maximum nesting depth of " + JsonReader.MAX_DEPTH);
        }
    }

    private void array(RuffArray a, int depth) throws JsonReader.Failure {
        if (a.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : a) {
            separator(first, depth);
            first = false;
            value(item, depth);
        }
        close(']', depth);
    }

    private void object(RuffDict d, int depth) throws JsonReader.Failure {
        if (d.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        List<String> keys = DictKeys.sorted(d);
        boolean first = true;
        for (String key : keys) {
            separator(first, depth);
            first = false;
            string(key);
            out.append(pretty ? ": " : ":");
            value(d.get(key), depth);
        }
        close('}', depth);
    }

    private void separator(boolean first, int depth) {
        if (!first) {
            out.append(',');
        }
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private void close(char bracket, int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth - 1));
        }
        out.append(bracket);
    }

    /** serde_json's escaping: quote, backslash and control characters; everything else literal. */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
