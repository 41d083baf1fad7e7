package dev.ruff.stdlib.time;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-wide origins of the monotonic clocks: each of {@code performance_now}, {@code time_us}
 * and {@code time_ns} counts from its own first call, so that first call reads about zero.
 */
final class MonotonicOrigins {
    private static final long UNSET = Long.MIN_VALUE;
    static final MonotonicOrigins PERFORMANCE = new MonotonicOrigins();
    static final MonotonicOrigins MICROS = new MonotonicOrigins();
    static final MonotonicOrigins NANOS = new MonotonicOrigins();

    private final AtomicLong origin = new AtomicLong(UNSET);

    /** Nanoseconds since this clock's first use. */
    long elapsedNanos() {
        long now = System.nanoTime();
        origin.compareAndSet(UNSET, now);
        return now - origin.get();
    }
}
