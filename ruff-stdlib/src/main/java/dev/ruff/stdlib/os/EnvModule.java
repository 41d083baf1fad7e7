package dev.ruff.stdlib.os;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.values.Arg;
import dev.ruff.stdlib.values.RustNumbers;
import java.util.Locale;

/** Environment variables: typed readers over {@link EnvironmentOverlay}, and {@code env_set}. */
public final class EnvModule implements RuffModule {

    @Override
    public String name() {
        return "env";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("env(name)", Arity.unchecked(), Capability.ENV_READ,
                "Value of an environment variable, or \"\" when unset.", EnvModule::env);
        r.function("env_or(name, default)", Arity.unchecked(), Capability.ENV_READ,
                "Value of an environment variable, or the given default.", EnvModule::envOr);
        r.function("env_int(name)", Arity.unchecked(), Capability.ENV_READ,
                "An environment variable parsed as an int.", call -> typed(call, "integer"));
        r.function("env_float(name)", Arity.unchecked(), Capability.ENV_READ,
                "An environment variable parsed as a float.", call -> typed(call, "float"));
        r.function("env_bool(name)", Arity.unchecked(), Capability.ENV_READ,
                "An environment variable parsed as a bool (true/1/yes/on, false/0/no/off).",
                call -> typed(call, "bool"));
        r.function("env_required(name)", Arity.unchecked(), Capability.ENV_READ,
                "Value of an environment variable; raises when unset.", EnvModule::required);
        r.function("env_set(name, value)", Arity.unchecked(), Capability.ENV_WRITE,
                "Sets an environment variable for this engine and the processes it starts.", EnvModule::set);
        r.function("env_list()", Arity.exact(0), Capability.ENV_READ,
                "All environment variables as a dict.", EnvModule::list);
        r.function("os_environ()", Arity.exact(0), Capability.ENV_READ,
                "All environment variables as a dict (same as env_list).", EnvModule::list);
    }

    private static Object env(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("env() expects 1 argument (variable name), got " + call.count());
        }
        String name = Arg.string(call, 0);
        if (name == null) {
            throw call.error("env requires a string argument (variable name)");
        }
        String value = EnvironmentOverlay.of(call.context()).get(name);
        return value == null ? "" : value;
    }

    private static Object envOr(NativeCall call) {
        String name = Arg.string(call, 0);
        String fallback = Arg.string(call, 1);
        if (call.count() != 2 || name == null || fallback == null) {
            throw call.error("env_or requires two string arguments (variable name, default value)");
        }
        String value = EnvironmentOverlay.of(call.context()).get(name);
        return value == null ? fallback : value;
    }

    private static String nameArgument(NativeCall call) {
        String name = Arg.string(call, 0);
        if (call.count() != 1 || name == null) {
            throw call.error(call.name() + " requires a string argument (variable name)");
        }
        return name;
    }

    private static Object typed(NativeCall call, String kind) {
        String name = nameArgument(call);
        String value = EnvironmentOverlay.of(call.context()).get(name);
        if (value == null) {
            throw call.error("Environment variable '" + name + "' not found");
        }
        Object parsed = switch (kind) {
            case "integer" -> RustNumbers.parseLong(value);
            case "float" -> RustNumbers.parseFloat(value);
            default -> parseBool(value);
        };
        if (parsed == null) {
            throw call.error("Environment variable '" + name + "' value '" + value + "' is not a valid " + kind);
        }
        return parsed;
    }

    private static Boolean parseBool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object required(NativeCall call) {
        String name = nameArgument(call);
        String value = EnvironmentOverlay.of(call.context()).get(name);
        if (value == null) {
            throw call.error("Required environment variable '" + name + "' is not set");
        }
        return value;
    }

    private static Object set(NativeCall call) {
        String name = Arg.string(call, 0);
        String value = Arg.string(call, 1);
        if (call.count() != 2 || name == null || value == null) {
            throw call.error("env_set requires two string arguments (variable name, value)");
        }
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            throw call.error("env_set: invalid variable name or value");
        }
        EnvironmentOverlay.of(call.context()).set(name, value);
        return RuffNull.NULL;
    }

    private static Object list(NativeCall call) {
        RuffDict d = new RuffDict();
        EnvironmentOverlay.of(call.context()).all().forEach(d::putInPlace);
        return d;
    }
}
