package dev.ruff.stdlib.random;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.NumberArgs;
import java.util.UUID;

/**
 * Random natives (capability {@code random}). After {@code set_random_seed(n)} the sequence of
 * {@code random}, {@code random_int}, {@code random_choice} and {@code random_id} matches upstream's
 * for the same seed.
 */
public final class RandomModule implements RuffModule {
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    @Override
    public String name() {
        return "random";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("random()", Arity.unchecked(), Capability.RANDOM, "A uniform float in [0, 1).", c -> {
            noArguments(c, "random");
            return state(c).nextDouble();
        });
        r.function("random_int(min, max)", Arity.unchecked(), Capability.RANDOM,
                "A uniform int in [min, max], both inclusive.", this::randomInt);
        r.function("random_choice(arr)", Arity.unchecked(), Capability.RANDOM,
                "A uniformly chosen element; 0 for an empty array.", c -> {
                    if (c.count() != 1) {
                        throw c.error("random_choice() expects 1 argument (array), got " + c.count());
                    }
                    if (!(c.arg(0) instanceof RuffArray a)) {
                        throw c.error("random_choice requires an array argument");
                    }
                    return a.isEmpty() ? (Object) 0L : a.get((int) state(c).index(a.size()));
                });
        r.function("uuid_v4()", Arity.unchecked(), Capability.RANDOM,
                "A random version-4 UUID, lower-case and hyphenated.", c -> {
                    noArguments(c, "uuid_v4");
                    return UUID.randomUUID().toString();
                });
        r.function("random_id(length)", Arity.unchecked(), Capability.RANDOM,
                "A random string of a-z and 0-9 of the given length.", this::randomId);
        r.function("set_random_seed(seed)", Arity.unchecked(), Capability.RANDOM,
                "Makes the random functions reproducible from a seed.", c -> {
                    if (c.count() != 1) {
                        throw c.error("set_random_seed() expects 1 argument (seed), got " + c.count());
                    }
                    if (!Types.isNumber(c.arg(0))) {
                        throw c.error("set_random_seed requires a number argument");
                    }
                    state(c).seed(seedBits(c.arg(0)));
                    return RuffNull.NULL;
                });
        r.function("clear_random_seed()", Arity.unchecked(), Capability.RANDOM,
                "Returns to non-reproducible randomness.", c -> {
                    noArguments(c, "clear_random_seed");
                    state(c).clearSeed();
                    return RuffNull.NULL;
                });
    }

    private static RandomState state(NativeCall c) {
        return c.context().state(RandomState.class, RandomState::new);
    }

    private static void noArguments(NativeCall c, String name) {
        if (c.count() != 0) {
            throw c.error(name + "() expects 0 arguments, got " + c.count());
        }
    }

    /** Rust {@code seed as u64}: ints keep their bits, floats truncate and saturate into 0..2^64-1. */
    static long seedBits(Object seed) {
        if (seed instanceof Long l) {
            return l;
        }
        double d = (Double) seed;
        if (!(d > 0)) {
            return 0;
        }
        if (d >= 0x1.0p64) {
            return -1L;
        }
        if (d >= 0x1.0p63) {
            return (long) (d - 0x1.0p63) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    private Object randomInt(NativeCall c) {
        if (c.count() != 2) {
            throw c.error("random_int() expects 2 arguments (min, max), got " + c.count());
        }
        if (!Types.isNumber(c.arg(0)) || !Types.isNumber(c.arg(1))) {
            throw c.error("random_int requires number arguments");
        }
        // upstream goes through f64 and back (`min as f64 as i64`)
        long min = (long) NumberArgs.toDouble(c.arg(0));
        long max = (long) NumberArgs.toDouble(c.arg(1));
        if (min > max) {
            // upstream panics on an empty range
            throw c.error("random_int() requires min <= max, got " + min + " and " + max);
        }
        return state(c).rangeInclusive(min, max);
    }

    private Object randomId(NativeCall c) {
        if (c.count() != 1 || !(c.arg(0) instanceof Long length)) {
            throw c.error("random_id requires an integer length argument");
        }
        if (length < 0) {
            throw c.error("random_id length must be >= 0");
        }
        if (length > 1_000_000) {
            throw c.error("random_id length is too large");
        }
        RandomState state = state(c);
        StringBuilder out = new StringBuilder((int) (long) length);
        for (long i = 0; i < length; i++) {
            out.append(ID_ALPHABET.charAt((int) state.index(ID_ALPHABET.length())));
        }
        return out.toString();
    }
}
