package dev.ruff.vm;

import dev.ruff.exec.ExecutionContext;
import dev.ruff.spi.NativeRegistry;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator of {@code for x in range(...)} when {@code range} is the prelude's native and its
 * arguments are ints: yields the same ints the native's array would hold, without building the array.
 */
public final class RangeCursor implements Iterator<Object> {
    /** The native's limit on the array it builds; larger ranges go through the native (which fails). */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private long next;
    private long remaining;
    private final long step;

    private RangeCursor(long start, long count, long step) {
        this.next = start;
        this.remaining = count;
        this.step = step;
    }

    /**
     * A cursor for calling {@code callee} with the {@code argc} arguments at {@code regs[base..]}, or null
     * when the call must really run (another callee, non-int arguments, a zero step, a range too long).
     */
    public static RangeCursor forCall(ExecutionContext context, Object callee, Object[] regs, int base, int argc) {
        NativeRegistry natives = context.natives();
        if (argc < 1 || argc > 3 || callee != natives.lookup("range") || !"core".equals(natives.moduleOf("range"))) {
            return null;
        }
        for (int i = 0; i < argc; i++) {
            if (!(regs[base + i] instanceof Long)) {
                return null;
            }
        }
        long start = argc == 1 ? 0 : (Long) regs[base];
        long stop = argc == 1 ? (Long) regs[base] : (Long) regs[base + 1];
        long step = argc == 3 ? (Long) regs[base + 2] : 1;
        if (step == 0) {
            return null;
        }
        long count;
        if (step > 0 ? start >= stop : start <= stop) {
            count = 0;
        } else if (step > 0) {
            count = Long.divideUnsigned(stop - start - 1, step) + 1;
        } else {
            count = Long.divideUnsigned(start - stop - 1, -step) + 1;
        }
        if (Long.compareUnsigned(count, MAX_LENGTH) > 0) {
            return null;
        }
        return new RangeCursor(start, count, step);
    }

    @Override
    public boolean hasNext() {
        return remaining > 0;
    }

    /** {@link #next} without boxing, for compiled code that keeps the item in a long local. */
    public long nextLong() {
        if (remaining <= 0) {
            throw new NoSuchElementException();
        }
        long v = next;
        next = v + step;
        remaining--;
        return v;
    }

    @Override
    public Object next() {
        return nextLong();
    }
}
