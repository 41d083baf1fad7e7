package dev.ruff.stdlib.testing;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.Truthiness;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * Assertions for scripts and {@code test} blocks. Each returns {@code true} or raises a catchable
 * error whose message shows the values in debug form ({@code expected Int(10), got Int(5)}).
 */
public final class AssertionsModule implements RuffModule {

    @Override
    public String name() {
        return "assertions";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("assert(condition, message?)", Arity.unchecked(), Capability.NONE,
                "Raises the message (or 'Assertion failed') unless the condition is truthy.", this::assertTruthy);
        r.function("assert_equal(actual, expected)", Arity.unchecked(), Capability.NONE,
                "Raises unless actual equals expected (deep equality).", c -> {
                    if (c.count() != 2) {
                        throw c.error("assert_equal requires 2 arguments: actual, expected");
                    }
                    if (!Equality.equal(c.arg(0), c.arg(1))) {
                        throw c.error("Assertion failed: expected " + Display.debug(c.arg(1)) + ", got "
                                + Display.debug(c.arg(0)));
                    }
                    return true;
                });
        r.function("assert_true(b)", Arity.unchecked(), Capability.NONE, "Raises unless the bool is true.",
                c -> expectBool(c, "assert_true", true));
        r.function("assert_false(b)", Arity.unchecked(), Capability.NONE, "Raises unless the bool is false.",
                c -> expectBool(c, "assert_false", false));
        r.function("assert_contains(collection, item)", Arity.unchecked(), Capability.NONE,
                "Raises unless the array holds the item, the string the substring, or the dict the key.",
                this::assertContains);
    }

    private Object assertTruthy(NativeCall c) {
        if (c.count() < 1) {
            throw c.error("assert requires at least 1 argument: condition");
        }
        if (c.count() > 2) {
            throw c.error("assert() expects at most 2 arguments: condition, [message]");
        }
        if (!Truthiness.isTruthy(c.arg(0))) {
            throw c.error(c.count() == 2 && c.arg(1) instanceof String m ? m : "Assertion failed");
        }
        return true;
    }

    private static Object expectBool(NativeCall c, String name, boolean expected) {
        if (c.count() != 1 || !(c.arg(0) instanceof Boolean b)) {
            throw c.error(name + " requires a boolean argument");
        }
        if (b != expected) {
            throw c.error("Assertion failed: expected " + expected + ", got " + b);
        }
        return true;
    }

    private Object assertContains(NativeCall c) {
        if (c.count() != 2) {
            throw c.error("assert_contains requires 2 arguments: collection, item");
        }
        Object coll = c.arg(0);
        Object item = c.arg(1);
        boolean found;
        if (coll instanceof RuffArray a) {
            found = false;
            for (Object e : a) {
                if (Equality.equal(e, item)) {
                    found = true;
                    break;
                }
            }
        } else if (coll instanceof String s) {
            found = item instanceof String sub && s.contains(sub);
        } else if (coll instanceof RuffDict d) {
            found = item instanceof String key && d.containsKey(key);
        } else {
            throw c.error("assert_contains requires an array, string, or dict as first argument");
        }
        if (!found) {
            throw c.error("Assertion failed: " + Display.debug(coll) + " does not contain " + Display.debug(item));
        }
        return true;
    }
}
