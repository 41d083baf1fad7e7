package dev.ruff.prelude;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeBody;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;

/** {@code range(stop)}, {@code range(start, stop)}, {@code range(start, stop, step)}: an int array (§3.21). */
final class RangeNative {
    /** The largest array the JVM reliably allocates. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private RangeNative() {
    }

    static void register(NativeRegistry registry) {
        registry.function("range(start_or_stop, stop?, step?)", Arity.unchecked(), Capability.NONE,
                "Half-open int range as an array: range(stop), range(start, stop) or range(start, stop, step).",
                new Body());
    }

    /** The native's body (a class, not a method reference: see {@code ConsoleNatives.Body}). */
    private static final class Body implements NativeBody {
        @Override
        public Object call(NativeCall call) {
            return range(call);
        }
    }

    private static Object range(NativeCall call) {
        int n = call.count();
        if (n < 1 || n > 3) {
            throw call.error("range() requires 1, 2, or 3 arguments");
        }
        long start = 0;
        long stop;
        long step = 1;
        if (n == 1) {
            stop = integer(call, 0);
        } else {
            start = integer(call, 0);
            stop = integer(call, 1);
            if (n == 3) {
                step = integer(call, 2);
            }
        }
        if (step == 0) {
            throw call.error("range() step cannot be zero");
        }
        long count = count(start, stop, step);
        if (Long.compareUnsigned(count, MAX_LENGTH) > 0) {
            throw call.error("range() would produce more than " + MAX_LENGTH + " elements");
        }
        dev.ruff.runtime.RunGuard.checkCollectionSize(count);
        // unboxed: a large range is one long[] for the garbage collector, not a million Longs
        long[] items = new long[(int) count];
        long v = start;
        for (int i = 0; i < items.length; i++) {
            items[i] = v;
            v += step;
        }
        return RuffArray.wrapLongs(items, items.length);
    }

    /** How many values {@code start, start+step, …} lie before {@code stop}; computed without overflow. */
    private static long count(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // span and |step| fit in unsigned longs (|MIN| included); the result is unsigned too
        long span = step > 0 ? stop - start : start - stop;
        long magnitude = step > 0 ? step : -step;
        return Long.divideUnsigned(span - 1, magnitude) + 1;
    }

    private static long integer(NativeCall call, int i) {
        Object v = call.arg(i);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return (long) d.doubleValue();
        }
        throw call.error("range() requires numeric arguments");
    }
}
