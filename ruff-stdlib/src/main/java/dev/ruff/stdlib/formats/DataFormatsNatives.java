package dev.ruff.stdlib.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.values.ValueTree;
import java.util.Iterator;
import java.util.Map;

/** The bodies of the TOML, YAML and CSV natives ({@link DataFormatsModule}). */
final class DataFormatsNatives {
    /** Holds the TOML mapper, built at the first TOML call (a YAML call does not pay for it). */
    private static final class Toml {
        static final TomlMapper MAPPER = new TomlMapper();
    }

    /** Holds the YAML mapper, built at the first YAML call. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    }

    private DataFormatsNatives() {
    }

    static Object parseToml(NativeCall call) {
        return parse(call, Toml.MAPPER, "TOML", "parse_toml");
    }

    static Object parseYaml(NativeCall call) {
        return parse(call, Yaml.MAPPER, "YAML", "parse_yaml");
    }

    private static String textArgument(NativeCall call, String fn) {
        if (call.count() != 1 || !(call.arg(0) instanceof String s)) {
            throw call.error(fn + " requires a string argument");
        }
        return s;
    }

    private static Object parse(NativeCall call, ObjectMapper mapper, String format, String fn) {
        String text = textArgument(call, fn);
        try {
            JsonNode tree = mapper.readTree(text);
            return tree == null ? RuffNull.NULL : ValueTree.fromTree(tree);
        } catch (JsonProcessingException e) {
            throw call.error(format + " parse error: " + firstLine(e.getOriginalMessage()));
        }
    }

    static Object toToml(NativeCall call) {
        Object v = call.arg(0);
        JsonNode tree = tree(call, v, "TOML");
        if (!(v instanceof RuffDict)) {
            throw call.error("TOML serialization error: top-level value must be a table");
        }
        try {
            return Toml.MAPPER.writeValueAsString(withoutNulls(tree));
        } catch (JsonProcessingException e) {
            throw call.error("TOML serialization error: " + firstLine(e.getOriginalMessage()));
        }
    }

    static Object toYaml(NativeCall call) {
        JsonNode tree = tree(call, call.arg(0), "YAML");
        try {
            return Yaml.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw call.error("YAML serialization error: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static JsonNode tree(NativeCall call, Object v, String format) {
        try {
            return ValueTree.toTree(v, true);
        } catch (ValueTree.UnsupportedValue e) {
            throw call.error("Cannot convert " + Display.debug(e.value()) + " to " + format);
        }
    }

    /** TOML has no null: upstream writes it as an empty string. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isNull()) {
            return JsonNodeFactory.instance.textNode("");
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> out.add(withoutNulls(child)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), withoutNulls(e.getValue()));
            }
            return out;
        }
        return node;
    }

    static Object parseCsv(NativeCall call) {
        try {
            return CsvCodec.parse(textArgument(call, "parse_csv"));
        } catch (CsvCodec.CsvFailure e) {
            throw call.error(e.getMessage());
        }
    }

    static Object toCsv(NativeCall call) {
        if (!(call.arg(0) instanceof RuffArray rows)) {
            throw call.error("CSV requires non-empty array");
        }
        try {
            return CsvCodec.write(rows);
        } catch (CsvCodec.CsvFailure e) {
            throw call.error(e.getMessage());
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
