package dev.ruff.stdlib.time;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeBody;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.values.Arg;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Date and time natives; all need the {@code clock} capability and work in UTC. */
public final class TimeModule implements RuffModule {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void register(NativeRegistry r) {
        clock(r, "now", "Unix time in whole seconds, as a float.",
                () -> (double) Math.floorDiv(System.currentTimeMillis(), 1000L));
        clock(r, "now_utc", "Current UTC time as YYYY-MM-DDTHH:MM:SSZ.",
                () -> UTC_SECONDS.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        clock(r, "now_unix", "Unix time in seconds, as an int.",
                () -> Math.floorDiv(System.currentTimeMillis(), 1000L));
        r.alias("now_utc_seconds", "now_unix");
        clock(r, "current_timestamp", "Milliseconds since the Unix epoch.", System::currentTimeMillis);
        r.alias("time", "current_timestamp");
        clock(r, "performance_now", "Monotonic milliseconds since the first performance_now call.",
                () -> MonotonicOrigins.PERFORMANCE.elapsedNanos() / 1e6);
        clock(r, "time_us", "Monotonic microseconds since the first time_us call.",
                () -> MonotonicOrigins.MICROS.elapsedNanos() / 1e3);
        clock(r, "time_ns", "Monotonic nanoseconds since the first time_ns call.",
                () -> (double) MonotonicOrigins.NANOS.elapsedNanos());

        r.function("format_duration(ms)", Arity.unchecked(), Capability.CLOCK,
                "Renders milliseconds as 1.23s, 456.78ms, 123.45μs or 789ns.", TimeModule::formatDuration);
        r.function("elapsed(start, end)", Arity.unchecked(), Capability.CLOCK,
                "Difference end - start of two timestamps.", TimeModule::elapsed);
        r.function("format_date(timestamp_s, format)", Arity.unchecked(), Capability.CLOCK,
                "Formats Unix seconds (UTC) replacing YYYY, MM, DD, HH, mm, ss.", TimeModule::formatDate);
        r.function("parse_date(date, format)", Arity.unchecked(), Capability.CLOCK,
                "Parses a YYYY-MM-DD date into Unix seconds at 00:00 UTC.", TimeModule::parseDate);
        r.function("sleep(ms)", Arity.unchecked(), Capability.CLOCK,
                "Blocks for the given milliseconds; returns 0.", TimeModule::sleep);
    }

    /** A zero-argument clock reading, with upstream's own arity text. */
    private static void clock(NativeRegistry r, String name, String doc, Supplier<Object> reading) {
        NativeBody body = call -> {
            if (call.count() != 0) {
                throw call.error(name + "() expects 0 arguments, got " + call.count());
            }
            return reading.get();
        };
        r.function(name + "()", Arity.unchecked(), Capability.CLOCK, doc, body);
    }

    private static Object formatDuration(NativeCall call) {
        Double ms = Arg.number(call, 0);
        if (call.count() != 1 || ms == null) {
            throw call.error("format_duration requires a number argument");
        }
        return DurationText.of(ms);
    }

    private static Object elapsed(NativeCall call) {
        if (call.count() != 2) {
            throw call.error("elapsed() expects 2 arguments (start, end), got " + call.count());
        }
        Double start = Arg.number(call, 0);
        Double end = Arg.number(call, 1);
        if (start == null || end == null) {
            throw call.error("elapsed() requires two number arguments (start, end)");
        }
        return end - start;
    }

    private static Object formatDate(NativeCall call) {
        Double seconds = Arg.number(call, 0);
        String pattern = Arg.string(call, 1);
        if (call.count() != 2 || seconds == null || pattern == null) {
            throw call.error("format_date requires (timestamp, format) arguments");
        }
        return DateText.format(seconds, pattern);
    }

    private static Object parseDate(NativeCall call) {
        String date = Arg.string(call, 0);
        String format = Arg.string(call, 1);
        if (call.count() != 2 || date == null || format == null) {
            throw call.error("parse_date requires (date_string, format_string) arguments");
        }
        Object result = DateText.parse(date, format);
        if (result instanceof DateText.Failure f) {
            throw call.error(f.message());
        }
        return result;
    }

    private static Object sleep(NativeCall call) {
        if (call.count() != 1) {
            throw call.error("sleep() expects 1 argument");
        }
        Double ms = Arg.number(call, 0);
        if (ms == null) {
            throw call.error("sleep() requires a number argument");
        }
        if (ms < 0 || ms.isNaN()) {
            throw call.error("sleep() requires non-negative milliseconds");
        }
        long nanos = (long) Math.min(ms * 1e6, Long.MAX_VALUE);
        // The sleep ends at the deadline, or as soon as the host stops the run, with the limit error (which
        // the script cannot catch); the run's stop wakes it, no poll interval.
        dev.ruff.runtime.RunGuard.current().sleepNanos(nanos);
        return 0L;
    }

}
