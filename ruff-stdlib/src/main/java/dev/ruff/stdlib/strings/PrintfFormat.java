package dev.ruff.stdlib.strings;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.NativeCall;

/** {@code format(template, ...args)}: printf-style {@code %s %d %f %%}; other {@code %x} are copied. */
final class PrintfFormat {
    private PrintfFormat() {
    }

    static String format(NativeCall call) {
        if (call.count() < 1) {
            throw call.error("format() requires at least 1 argument (template)");
        }
        if (!(call.arg(0) instanceof String template)) {
            throw call.error("format() first argument must be a string");
        }
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char spec = template.charAt(i + 1);
            if (spec == '%') {
                out.append('%');
                i++;
            } else if (spec == 's' || spec == 'd' || spec == 'f') {
                i++;
                if (next >= call.count()) {
                    throw call.error("format() missing argument for placeholder %" + spec);
                }
                out.append(render(call, spec, call.arg(next++)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String render(NativeCall call, char spec, Object arg) {
        switch (spec) {
            case 's':
                if (arg instanceof String || arg instanceof Long || arg instanceof Double || arg instanceof Boolean
                        || arg == RuffNull.NULL) {
                    return Display.display(arg);
                }
                if (arg instanceof RuffArray) {
                    return "[Array]";
                }
                if (arg instanceof RuffDict) {
                    return "{Dict}";
                }
                return Display.debug(arg);
            case 'd':
                if (arg instanceof Long l) {
                    return l.toString();
                }
                if (arg instanceof Double d) {
                    return Long.toString((long) (double) d);
                }
                if (arg instanceof Boolean b) {
                    return b ? "1" : "0";
                }
                throw call.error("format() %d requires numeric argument, got " + Display.debug(arg));
            default:
                if (arg instanceof Long || arg instanceof Double) {
                    return Display.formatFloat(((Number) arg).doubleValue());
                }
                throw call.error("format() %f requires numeric argument, got " + Display.debug(arg));
        }
    }
}
