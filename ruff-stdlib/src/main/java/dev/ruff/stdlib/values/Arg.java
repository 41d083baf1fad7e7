package dev.ruff.stdlib.values;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.spi.NativeCall;
import java.nio.charset.StandardCharsets;

/** Reads native arguments of the expected Ruff types; {@code null} means "absent or of another type". */
public final class Arg {
    private Arg() {
    }

    /** Argument {@code i} as a string, or {@code null}. */
    public static String string(NativeCall call, int i) {
        return i < call.count() && call.arg(i) instanceof String s ? s : null;
    }

    /** Argument {@code i} as a double when it is an int or float, else {@code null}. */
    public static Double number(NativeCall call, int i) {
        if (i >= call.count()) {
            return null;
        }
        Object v = call.arg(i);
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        return v instanceof Double d ? d : null;
    }

    /** Argument {@code i} as a long (floats are truncated toward zero), else {@code null}. */
    public static Long integer(NativeCall call, int i) {
        if (i >= call.count()) {
            return null;
        }
        Object v = call.arg(i);
        if (v instanceof Long l) {
            return l;
        }
        return v instanceof Double d && !d.isNaN() && !d.isInfinite() ? (long) d.doubleValue() : null;
    }

    /** Argument {@code i} as raw bytes when it is a string (UTF-8) or bytes, else {@code null}. */
    public static byte[] data(NativeCall call, int i) {
        if (i >= call.count()) {
            return null;
        }
        Object v = call.arg(i);
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return v instanceof RuffBytes b ? b.toByteArray() : null;
    }

    /** Argument {@code i} as bytes when it is a bytes value, else {@code null}. */
    public static byte[] bytes(NativeCall call, int i) {
        return i < call.count() && call.arg(i) instanceof RuffBytes b ? b.toByteArray() : null;
    }
}
