package dev.ruff.stdlib.formats;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * TOML, YAML and CSV parsers and serialisers on Jackson's data formats. The bodies live in
 * {@link DataFormatsNatives} and are reached through lambdas, so Jackson loads at the first call.
 */
public final class DataFormatsModule implements RuffModule {

    @Override
    public String name() {
        return "dataformats";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability none = Capability.NONE;
        r.function("parse_toml(text)", Arity.unchecked(), none, "Parses TOML text into a dict (datetimes become strings).",
                call -> DataFormatsNatives.parseToml(call));
        r.function("to_toml(value)", Arity.exact(1), none, "Serialises a dict as TOML (null becomes \"\").",
                call -> DataFormatsNatives.toToml(call));
        r.function("parse_yaml(text)", Arity.unchecked(), none, "Parses YAML text into a value.",
                call -> DataFormatsNatives.parseYaml(call));
        r.function("to_yaml(value)", Arity.exact(1), none, "Serialises a value as YAML (keys sorted).",
                call -> DataFormatsNatives.toYaml(call));
        r.function("parse_csv(text)", Arity.unchecked(), none, "Parses CSV with a header row into an array of dicts.",
                call -> DataFormatsNatives.parseCsv(call));
        r.function("to_csv(rows)", Arity.exact(1), none, "Serialises an array of dicts as CSV with a header row.",
                call -> DataFormatsNatives.toCsv(call));
    }
}
