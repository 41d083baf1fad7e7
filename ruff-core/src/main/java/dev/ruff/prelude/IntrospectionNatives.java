package dev.ruff.prelude;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffSized;
import dev.ruff.runtime.Strings;
import dev.ruff.runtime.Truthiness;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeBody;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;

/** {@code len}, {@code type}/{@code type_of}, {@code to_string}/{@code str} and {@code is_truthy}. */
final class IntrospectionNatives {
    private IntrospectionNatives() {
    }

    static void register(NativeRegistry registry) {
        registry.function("len(value)", Arity.exact(1), Capability.NONE,
                "Number of code points of a string, or elements of an array, dict or collection.", Body.LEN);
        registry.function("type(v)", Arity.exact(1), Capability.NONE,
                "The value's type name: int, float, string, bool, null, array, dict, struct, function …", Body.TYPE);
        registry.alias("type_of", "type");
        registry.function("to_string(v)", Arity.unchecked(), Capability.NONE,
                "The value's display form, as print shows it.", Body.TO_STRING);
        registry.alias("str", "to_string");
        registry.function("is_truthy(v)", Arity.exact(1), Capability.NONE,
                "Whether the value counts as true in a condition.", Body.IS_TRUTHY);
    }

    /** The natives' bodies (an enum, not lambdas: see {@code ConsoleNatives.Body}). */
    private enum Body implements NativeBody {
        LEN, TYPE, TO_STRING, IS_TRUTHY;

        @Override
        public Object call(NativeCall call) {
            switch (this) {
                case LEN:
                    return len(call);
                case TYPE:
                    return Types.typeName(call.arg(0));
                case TO_STRING:
                    if (call.count() != 1) {
                        throw call.error("to_string() requires one argument");
                    }
                    return Display.display(call.arg(0));
                default:
                    return Truthiness.isTruthy(call.arg(0));
            }
        }
    }

    private static Object len(NativeCall call) {
        Object v = call.arg(0);
        if (v instanceof String s) {
            return (long) Strings.length(s);
        }
        if (v instanceof RuffArray a) {
            return (long) a.size();
        }
        if (v instanceof RuffDict d) {
            return (long) d.size();
        }
        if (v instanceof RuffSized s) {
            return s.size();
        }
        throw call.error("len() requires an array, dict, bytes, set, queue, stack, or string");
    }
}
