package dev.ruff.stdlib.os;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StructDef;
import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.values.RustNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code arg_parser()}: a struct named {@code ArgParser} whose methods ({@code add_argument},
 * {@code parse}, {@code help}) are natives. Method natives receive the receiver as argument 0.
 * The parser is a value: {@code add_argument} returns a new parser.
 */
public final class ArgParserModule implements RuffModule {
    static final String STRUCT = "ArgParser";
    private static final String ARGS = "_args";
    private static final String APP = "_app_name";
    private static final String DESCRIPTION = "_description";
    private static final StructDef DEF = definition();

    @Override
    public String name() {
        return "argparse";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("arg_parser()", Arity.exact(0), Capability.NONE,
                "A new command-line parser (ArgParser struct with add_argument, parse, help).",
                call -> newParser("", "", RuffArray.empty()));
    }

    private static StructDef definition() {
        Map<String, RuffCallable> methods = new LinkedHashMap<>();
        methods.put("add_argument", new NativeFunction(STRUCT + ".add_argument", Arity.atLeast(2), Capability.NONE,
                "Adds an option: (--long, key, value, ...) with keys short, type, required, help, default.",
                ArgParserModule::addArgument));
        methods.put("parse", new NativeFunction(STRUCT + ".parse", Arity.exact(1), Capability.NONE,
                "Parses the script's arguments into a dict keyed by long option name.", ArgParserModule::parse));
        methods.put("help", new NativeFunction(STRUCT + ".help", Arity.exact(1), Capability.NONE,
                "The help text listing every option.", ArgParserModule::help));
        return new StructDef(STRUCT, List.of(APP, DESCRIPTION, ARGS), Map.of(), methods);
    }

    private static StructInstance newParser(String app, String description, RuffArray args) {
        StructInstance s = new StructInstance(STRUCT, DEF);
        s.setInPlace(APP, app);
        s.setInPlace(DESCRIPTION, description);
        s.setInPlace(ARGS, args);
        return s;
    }

    private static StructInstance self(NativeCall call) {
        if (call.arg(0) instanceof StructInstance s && STRUCT.equals(s.name())
                && s.field(ARGS) instanceof RuffArray) {
            return s;
        }
        throw call.error(call.name() + " must be called on an ArgParser");
    }

    private static List<RuffDict> options(StructInstance parser) {
        List<RuffDict> out = new ArrayList<>();
        for (Object o : (RuffArray) parser.field(ARGS)) {
            out.add((RuffDict) o);
        }
        return out;
    }

    private static String text(RuffDict option, String key) {
        return option.get(key) instanceof String s ? s : null;
    }

    private static Object addArgument(NativeCall call) {
        StructInstance parser = self(call);
        if (!(call.arg(1) instanceof String longName)) {
            throw call.error("add_argument requires the option name as a string");
        }
        if ((call.count() - 2) % 2 != 0) {
            throw call.error("add_argument requires key/value pairs after the option name");
        }
        RuffDict option = new RuffDict();
        option.putInPlace("long", longName);
        option.putInPlace("type", "string");
        option.putInPlace("required", false);
        for (int i = 2; i < call.count(); i += 2) {
            if (!(call.arg(i) instanceof String key)) {
                throw call.error("add_argument option keys must be strings");
            }
            Object value = call.arg(i + 1);
            switch (key) {
                case "short", "help", "default", "type" -> {
                    if (!(value instanceof String)) {
                        throw call.error("add_argument '" + key + "' must be a string");
                    }
                    if (key.equals("type") && !List.of("bool", "string", "int", "float").contains(value)) {
                        throw call.error("add_argument type must be bool, string, int or float, got: " + value);
                    }
                    option.putInPlace(key, value);
                }
                case "required" -> {
                    if (!(value instanceof Boolean)) {
                        throw call.error("add_argument 'required' must be a bool");
                    }
                    option.putInPlace(key, value);
                }
                default -> throw call.error("add_argument: unknown option key '" + key + "'");
            }
        }
        RuffArray args = ((RuffArray) parser.field(ARGS)).append(option);
        return newParser((String) parser.field(APP), (String) parser.field(DESCRIPTION), args);
    }

    private static String key(RuffDict option) {
        String longName = text(option, "long");
        return longName.startsWith("--") ? longName.substring(2) : longName;
    }

    private static Object parse(NativeCall call) {
        List<RuffDict> options = options(self(call));
        RuffDict result = new RuffDict();
        for (RuffDict o : options) {
            String def = text(o, "default");
            if ("bool".equals(text(o, "type"))) {
                result.putInPlace(key(o), def == null ? false : Boolean.parseBoolean(def));
            } else {
                result.putInPlace(key(o), def == null ? RuffNull.NULL : convert(call, o, def));
            }
        }
        List<Object> positional = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> argv = call.context().scriptArgs();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            RuffDict o = find(options, a);
            if (o == null) {
                throw call.error("Unknown argument: " + a);
            }
            seen.add(key(o));
            if ("bool".equals(text(o, "type"))) {
                result.putInPlace(key(o), true);
                continue;
            }
            if (i + 1 >= argv.size()) {
                throw call.error("Argument " + text(o, "long") + " requires a value");
            }
            result.putInPlace(key(o), convert(call, o, argv.get(++i)));
        }
        for (RuffDict o : options) {
            if (Boolean.TRUE.equals(o.get("required")) && !seen.contains(key(o))) {
                throw call.error("Required argument " + text(o, "long") + " is missing");
            }
        }
        if (!positional.isEmpty()) {
            result.putInPlace("_positional", RuffArray.ofList(positional));
        }
        return result;
    }

    private static RuffDict find(List<RuffDict> options, String flag) {
        for (RuffDict o : options) {
            if (flag.equals(text(o, "long")) || flag.equals(text(o, "short"))) {
                return o;
            }
        }
        return null;
    }

    private static Object convert(NativeCall call, RuffDict option, String value) {
        String type = text(option, "type");
        if ("int".equals(type)) {
            Long l = RustNumbers.parseLong(value);
            if (l == null) {
                throw call.error("Argument " + text(option, "long") + " requires an integer value, got: " + value);
            }
            return l;
        }
        if ("float".equals(type)) {
            Double d = RustNumbers.parseFloat(value);
            if (d == null) {
                throw call.error("Argument " + text(option, "long") + " requires a float value, got: " + value);
            }
            return d;
        }
        return value;
    }

    private static Object help(NativeCall call) {
        StructInstance parser = self(call);
        StringBuilder sb = new StringBuilder();
        sb.append(parser.field(APP)).append("\n\n").append(parser.field(DESCRIPTION)).append("\n\nOptions:\n");
        for (RuffDict o : options(parser)) {
            String shortName = text(o, "short");
            sb.append("  ").append(shortName == null ? "    " : shortName + ", ").append(text(o, "long"));
            if (!"bool".equals(text(o, "type"))) {
                sb.append(" <").append(text(o, "type")).append('>');
            }
            if (Boolean.TRUE.equals(o.get("required"))) {
                sb.append(" (required)");
            }
            if (text(o, "default") != null) {
                sb.append(" [default: ").append(text(o, "default")).append(']');
            }
            sb.append('\n');
            if (text(o, "help") != null) {
                sb.append("        ").append(text(o, "help")).append('\n');
            }
        }
        return sb.toString();
    }
}
