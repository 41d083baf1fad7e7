package dev.ruff.stdlib.json;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/** {@code parse_json}, {@code to_json} (compact, sorted keys) and {@code to_json_pretty}. */
public final class JsonModule implements RuffModule {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("parse_json(text)", Arity.unchecked(), Capability.NONE,
                "Parses JSON text into Ruff values (objects become dicts).", c -> {
                    if (c.count() != 1 || !(c.arg(0) instanceof String text)) {
                        throw c.error("parse_json requires a string argument");
                    }
                    try {
                        return JsonReader.read(text);
                    } catch (JsonReader.Failure f) {
                        throw c.error(f.getMessage());
                    }
                });
        r.function("to_json(value)", Arity.unchecked(), Capability.NONE,
                "Compact JSON text of a value, dict keys sorted.", c -> write(c, "to_json", false));
        r.function("to_json_pretty(value)", Arity.unchecked(), Capability.NONE,
                "JSON text of a value indented by two spaces, dict keys sorted.", c -> write(c, "to_json_pretty", true));
    }

    private static Object write(NativeCall c, String name, boolean pretty) {
        if (c.count() != 1) {
            throw c.error(name + " requires one argument");
        }
        try {
            return JsonWriter.write(c.arg(0), pretty);
        } catch (JsonReader.Failure f) {
            throw c.error(f.getMessage());
        }
    }
}
