package dev.ruff.stdlib.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts between Ruff data values and Jackson trees, the common shape of the JSON, TOML, YAML and
 * CSV codecs. Only data converts: null, bool, int, float, string, array, dict.
 */
public final class ValueTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A value that has no data-format representation; carries the offending value for the message. */
    public static final class UnsupportedValue extends Exception {
        private final transient Object value;

        public UnsupportedValue(Object value) {
            super(null, null, false, false);
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }

    private ValueTree() {
    }

    /** The Jackson tree of a Ruff value; dict keys keep insertion order unless {@code sortKeys}. */
    public static JsonNode toTree(Object value, boolean sortKeys) throws UnsupportedValue {
        if (value == RuffNull.NULL) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof RuffArray a) {
            ArrayNode out = NODES.arrayNode();
            for (Object item : a) {
                out.add(toTree(item, sortKeys));
            }
            return out;
        }
        if (value instanceof RuffDict d) {
            ObjectNode out = NODES.objectNode();
            List<String> keys = new ArrayList<>(d.keys());
            if (sortKeys) {
                keys.sort(null);
            }
            for (String k : keys) {
                out.set(k, toTree(d.get(k), sortKeys));
            }
            return out;
        }
        throw new UnsupportedValue(value);
    }

    /** The Ruff value of a Jackson tree; integers beyond 64 bits become floats. */
    public static Object fromTree(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return RuffNull.NULL;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(child -> items.add(fromTree(child)));
            return RuffArray.ofList(items);
        }
        if (node.isObject()) {
            RuffDict d = new RuffDict();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                d.putInPlace(e.getKey(), fromTree(e.getValue()));
            }
            return d;
        }
        if (node.isBinary()) {
            try {
                return RuffBytes.wrap(node.binaryValue());
            } catch (java.io.IOException e) {
                return node.asText();
            }
        }
        return node.asText();
    }
}
