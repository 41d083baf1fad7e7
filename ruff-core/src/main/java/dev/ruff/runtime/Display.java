package dev.ruff.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The two text renderings of Ruff values: display (§4.2, used by {@code print}, {@code to_string},
 * interpolation) and debug (§4.4, used inside error messages such as {@code Invalid unary operation: ! Int(5)}).
 */
public final class Display {
    private Display() {
    }

    /** The display rendering D(v): strings raw (also nested), floats per §4.3, dict keys and struct fields sorted. */
    public static String display(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        if (v instanceof Double d) {
            return FloatText.format(d);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v == RuffNull.NULL) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        displayTo(sb, v);
        return sb.toString();
    }

    /** Appends D(v) to {@code sb}. */
    public static void displayTo(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            sb.append(s);
        } else if (v instanceof Long l) {
            sb.append(l.longValue());
        } else if (v instanceof Double d) {
            sb.append(FloatText.format(d));
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v == RuffNull.NULL) {
            sb.append("null");
        } else if (v instanceof RuffArray a) {
            sb.append('[');
            joinElements(sb, a, Display::displayTo);
            sb.append(']');
        } else if (v instanceof RuffDict d) {
            sb.append('{');
            joinEntries(sb, d, true, Display::displayTo);
            sb.append('}');
        } else if (v instanceof StructInstance s) {
            displayStruct(sb, s);
        } else if (v instanceof ResultValue || v instanceof OptionValue) {
            wrapperTo(sb, v, Display::displayTo);
        } else if (v instanceof TaggedValue t) {
            sb.append(t.tag());
            if (t.payloadSize() > 0) {
                sb.append('(');
                for (int i = 0; i < t.payloadSize(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    displayTo(sb, t.payload(i));
                }
                sb.append(')');
            }
        } else if (v instanceof RuffHandle h) {
            sb.append(h.display());
        } else if (v instanceof RuffCallable c && c.isNative()) {
            sb.append("<native function: ").append(c.name()).append('>');
        } else {
            // user functions, struct definitions and anything unknown, as upstream's VM shows them
            sb.append("<unknown>");
        }
    }

    private static void displayStruct(StringBuilder sb, StructInstance s) {
        sb.append(s.name()).append(" { ");
        Map<String, Object> fields = s.fields();
        boolean first = true;
        for (String name : sortedKeys(fields.keySet().toArray(new String[0]))) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name).append(": ");
            displayTo(sb, fields.get(name));
        }
        // an empty struct prints as `Name {  }`
        sb.append(" }");
    }

    /**
     * The debug rendering (§4.4): {@code Int(5)}, {@code Float(1.5)}, {@code Str("x")}, {@code Bool(true)},
     * {@code Null}, {@code Array[N]}, {@code Dict{N keys}}, {@code Ok(..)}, {@code Some(..)}, {@code None},
     * {@code NativeFunction(name)}.
     */
    public static String debug(Object v) {
        StringBuilder sb = new StringBuilder();
        debugTo(sb, v);
        return sb.toString();
    }

    /** Appends the debug rendering of {@code v} to {@code sb}. */
    public static void debugTo(StringBuilder sb, Object v) {
        if (v instanceof Long l) {
            sb.append("Int(").append(l.longValue()).append(')');
        } else if (v instanceof Double d) {
            sb.append("Float(").append(FloatText.format(d)).append(')');
        } else if (v instanceof String s) {
            sb.append("Str(");
            quoteTo(sb, s);
            sb.append(')');
        } else if (v instanceof Boolean b) {
            sb.append("Bool(").append(b ? "true" : "false").append(')');
        } else if (v == RuffNull.NULL) {
            sb.append("Null");
        } else if (v instanceof RuffArray a) {
            sb.append("Array[").append(a.size()).append(']');
        } else if (v instanceof RuffDict d) {
            sb.append("Dict{").append(d.size()).append(" keys}");
        } else if (v instanceof ResultValue || v instanceof OptionValue) {
            wrapperTo(sb, v, Display::debugTo);
        } else if (v instanceof StructInstance s) {
            // Rust's derived layout; the field order is sorted here to keep it stable
            sb.append("Struct { name: ");
            quoteTo(sb, s.name());
            sb.append(", fields: {");
            Map<String, Object> fields = s.fields();
            boolean first = true;
            for (String name : sortedKeys(fields.keySet().toArray(new String[0]))) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                quoteTo(sb, name);
                sb.append(": ");
                debugTo(sb, fields.get(name));
            }
            sb.append("} }");
        } else if (v instanceof TaggedValue t) {
            sb.append("Tagged { tag: ");
            quoteTo(sb, t.tag());
            sb.append(", fields: {");
            for (int i = 0; i < t.payloadSize(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append("\"$").append(i).append("\": ");
                debugTo(sb, t.payload(i));
            }
            sb.append("} }");
        } else if (v instanceof RuffHandle h) {
            sb.append(h.debug());
        } else if (v instanceof RuffCallable c) {
            sb.append(c.isNative() ? "NativeFunction(" : "Function(").append(c.name()).append(')');
        } else if (v instanceof StructDef def) {
            sb.append("StructDef(").append(def.name()).append(')');
        } else {
            sb.append("<unknown>");
        }
    }

    /** {@code Ok(x)}, {@code Err(x)}, {@code Some(x)} or {@code None}, the payload rendered with {@code render}. */
    private static void wrapperTo(StringBuilder sb, Object v, BiConsumer<StringBuilder, Object> render) {
        Object payload;
        if (v instanceof ResultValue r) {
            sb.append(r.isOk() ? "Ok(" : "Err(");
            payload = r.value();
        } else if (((OptionValue) v).isSome()) {
            sb.append("Some(");
            payload = ((OptionValue) v).value();
        } else {
            sb.append("None");
            return;
        }
        render.accept(sb, payload);
        sb.append(')');
    }

    /** Elements rendered with {@code render}, separated by {@code ", "}. */
    private static void joinElements(StringBuilder sb, RuffArray a, BiConsumer<StringBuilder, Object> render) {
        for (int i = 0, n = a.size(); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            render.accept(sb, a.get(i));
        }
    }

    /** {@code key: value} pairs in sorted key order; keys double-quoted when {@code quoteKeys}. */
    private static void joinEntries(StringBuilder sb, RuffDict d, boolean quoteKeys,
                                    BiConsumer<StringBuilder, Object> render) {
        boolean first = true;
        for (String key : sortedKeys(d.keys().toArray(new String[0]))) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            if (quoteKeys) {
                sb.append('"').append(key).append('"');
            } else {
                sb.append(key);
            }
            sb.append(": ");
            render.accept(sb, d.get(key));
        }
    }

    /**
     * The fuller rendering of the {@code debug()} native: like {@link #debug} but collections show
     * their elements ({@code Array[Int(1), Int(2)]}, {@code Dict{a: Int(1)}}) and strings are {@code String("x")}.
     */
    public static String debugDeep(Object v) {
        StringBuilder sb = new StringBuilder();
        debugDeepTo(sb, v);
        return sb.toString();
    }

    private static void debugDeepTo(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            sb.append("String(");
            quoteTo(sb, s);
            sb.append(')');
        } else if (v instanceof RuffArray a) {
            sb.append("Array[");
            joinElements(sb, a, Display::debugDeepTo);
            sb.append(']');
        } else if (v instanceof RuffDict d) {
            sb.append("Dict{");
            joinEntries(sb, d, false, Display::debugDeepTo);
            sb.append('}');
        } else if (v instanceof ResultValue r) {
            sb.append(r.isOk() ? "Ok(" : "Err(");
            debugDeepTo(sb, r.value());
            sb.append(')');
        } else if (v instanceof OptionValue o && o.isSome()) {
            sb.append("Some(");
            debugDeepTo(sb, o.value());
            sb.append(')');
        } else if (v instanceof RuffHandle h) {
            sb.append(h.debugDeep());
        } else {
            debugTo(sb, v);
        }
    }

    /** The float text of §4.3: {@code 3.0 → 3}, {@code 1e21 → 1000000000000000000000}, {@code NaN}, {@code inf}, {@code -0}. */
    public static String formatFloat(double d) {
        return FloatText.format(d);
    }

    /** Appends {@code s} double-quoted with Rust-style escapes (quote, backslash, newline, CR, tab, NUL; other controls as u-brace hex). */
    public static void quoteTo(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\0' -> sb.append("\\0");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static String[] sortedKeys(String[] keys) {
        if (keys.length > 1) {
            Arrays.sort(keys, Strings.CODE_POINT_ORDER);
        }
        return keys;
    }
}
