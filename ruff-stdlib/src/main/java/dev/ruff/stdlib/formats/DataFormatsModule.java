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
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.values.ValueTree;
import java.util.Iterator;
import java.util.Map;

/** TOML, YAML and CSV parsers and serialisers on Jackson's data formats. */
public final class DataFormatsModule implements RuffModule {
    private static final TomlMapper TOML = new TomlMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    @Override
    public String name() {
        return "dataformats";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability none = Capability.NONE;
        r.function("parse_toml", Arity.unchecked(), none, "Parses TOML text into a dict (datetimes become strings).",
                call -> parse(call, TOML, "TOML", "parse_toml"));
        r.function("to_toml", Arity.exact(1), none, "Serialises a dict as TOML (null becomes \"\").",
                DataFormatsModule::toToml);
        r.function("parse_yaml", Arity.unchecked(), none, "Parses YAML text into a value.",
                call -> parse(call, YAML, "YAML", "parse_yaml"));
        r.function("to_yaml", Arity.exact(1), none, "Serialises a value as YAML (keys sorted).",
                DataFormatsModule::toYaml);
        r.function("parse_csv", Arity.unchecked(), none, "Parses CSV with a header row into an array of dicts.",
                DataFormatsModule::parseCsv);
        r.function("to_csv", Arity.exact(1), none, "Serialises an array of dicts as CSV with a header row.",
                DataFormatsModule::toCsv);
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

    private static Object toToml(NativeCall call) {
        Object v = call.arg(0);
        JsonNode tree = tree(call, v, "TOML");
        if (!(v instanceof RuffDict)) {
            throw call.error("TOML serialization error: top-level value must be a table");
        }
        try {
            return TOML.writeValueAsString(withoutNulls(tree));
        } catch (JsonProcessingException e) {
            throw call.error("TOML serialization error: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static Object toYaml(NativeCall call) {
        JsonNode tree = tree(call, call.arg(0), "YAML");
        try {
            return YAML.writeValueAsString(tree);
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

    private static Object parseCsv(NativeCall call) {
        try {
            return CsvCodec.parse(textArgument(call, "parse_csv"));
        } catch (CsvCodec.CsvFailure e) {
            throw call.error(e.getMessage());
        }
    }

    private static Object toCsv(NativeCall call) {
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
