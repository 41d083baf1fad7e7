package dev.ruff.stdlib.conversion;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Conversions ({@code parse_int}, {@code to_int}, {@code to_bool}, {@code bytes} …) and the {@code is_*} type
 * tests. {@code type}, {@code to_string}, {@code is_truthy} live in the core prelude.
 */
public final class ConversionModule implements RuffModule {

    @Override
    public String name() {
        return "conversion";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("parse_int(s)", Arity.unchecked(), Capability.NONE,
                "Parses a (trimmed) string as a 64-bit int.", c -> {
                    String s = oneString(c, "parse_int");
                    Long v = RustNumberSyntax.parseInt(s.strip());
                    if (v == null) {
                        throw c.error("Cannot parse '" + s + "' as integer");
                    }
                    return v;
                });
        r.function("parse_float(s)", Arity.unchecked(), Capability.NONE,
                "Parses a (trimmed) string as a float.", c -> {
                    String s = oneString(c, "parse_float");
                    Double v = RustNumberSyntax.parseFloat(s.strip());
                    if (v == null) {
                        throw c.error("Cannot parse '" + s + "' as float");
                    }
                    return v;
                });
        r.function("to_int(v)", Arity.unchecked(), Capability.NONE,
                "Converts to int: floats truncate, strings parse, bools give 1/0.", this::toInt);
        r.function("to_float(v)", Arity.unchecked(), Capability.NONE,
                "Converts to float: ints widen, strings parse, bools give 1/0.", this::toFloat);
        r.function("to_bool(v)", Arity.unchecked(), Capability.NONE,
                "Converts to bool: \"\", \"false\", \"0\", zero, null and empty collections are false.",
                this::toBool);
        r.function("bytes(values)", Arity.unchecked(), Capability.NONE,
                "Bytes from an array of ints 0-255.", this::bytes);
        typeTest(r, "is_int", "True for an int.", v -> v instanceof Long);
        typeTest(r, "is_float", "True for a float.", v -> v instanceof Double);
        typeTest(r, "is_string", "True for a string.", v -> v instanceof String);
        typeTest(r, "is_bool", "True for a bool.", v -> v instanceof Boolean);
        typeTest(r, "is_array", "True for an array.", v -> v instanceof RuffArray);
        typeTest(r, "is_dict", "True for a dict.", v -> v instanceof RuffDict);
        typeTest(r, "is_null", "True for null.", v -> v == RuffNull.NULL);
        typeTest(r, "is_function", "True for any function value (user function, closure or native).",
                v -> v instanceof RuffCallable);
    }

    private static String oneString(NativeCall c, String name) {
        if (c.count() != 1 || !(c.arg(0) instanceof String s)) {
            throw c.error(name + " requires a string argument");
        }
        return s;
    }

    private static void typeTest(NativeRegistry r, String name, String doc, Predicate<Object> test) {
        // every type test answers false when called without a value (STDLIB.md marks it on is_int)
        r.function(name + "(v?)", Arity.unchecked(), Capability.NONE, doc, c -> {
            if (c.count() > 1) {
                throw c.error(name + "() expects 1 argument");
            }
            return c.count() == 1 && test.test(c.arg(0));
        });
    }

    /** The noun upstream uses in {@code Cannot convert <noun> to int}. */
    private static String kindOf(Object v) {
        if (v instanceof RuffArray) {
            return "array";
        }
        if (v instanceof RuffDict) {
            return "dict";
        }
        if (v == RuffNull.NULL) {
            return "null";
        }
        return "value";
    }

    private Object toInt(NativeCall c) {
        if (c.count() != 1) {
            throw c.error("to_int() requires one argument");
        }
        Object v = c.arg(0);
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Double d) {
            return (long) (double) d;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s) {
            Long parsed = RustNumberSyntax.parseInt(s.strip());
            if (parsed == null) {
                throw c.error("Cannot convert '" + s + "' to int");
            }
            return parsed;
        }
        throw c.error("Cannot convert " + kindOf(v) + " to int");
    }

    private Object toFloat(NativeCall c) {
        if (c.count() != 1) {
            throw c.error("to_float() requires one argument");
        }
        Object v = c.arg(0);
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (v instanceof String s) {
            Double parsed = RustNumberSyntax.parseFloat(s.strip());
            if (parsed == null) {
                throw c.error("Cannot convert '" + s + "' to float");
            }
            return parsed;
        }
        throw c.error("Cannot convert " + kindOf(v) + " to float");
    }

    private Object toBool(NativeCall c) {
        if (c.count() != 1) {
            throw c.error("to_bool() requires one argument");
        }
        Object v = c.arg(0);
        if (v instanceof Boolean) {
            return v;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            String lower = s.toLowerCase(Locale.ROOT);
            return !(s.isEmpty() || lower.equals("false") || lower.equals("0"));
        }
        if (v == RuffNull.NULL) {
            return false;
        }
        if (v instanceof RuffArray a) {
            return !a.isEmpty();
        }
        if (v instanceof RuffDict d) {
            return !d.isEmpty();
        }
        return true;
    }

    private Object bytes(NativeCall c) {
        if (c.count() != 1 || !(c.arg(0) instanceof RuffArray values)) {
            throw c.error("bytes() requires an array argument");
        }
        byte[] data = new byte[values.size()];
        for (int i = 0; i < data.length; i++) {
            if (!(values.get(i) instanceof Long v)) {
                throw c.error("bytes() requires an array of integers");
            }
            if (v < 0 || v > 255) {
                throw c.error("bytes() requires integers in range 0-255, got " + v);
            }
            data[i] = (byte) (long) v;
        }
        return RuffBytes.wrap(data);
    }
}
