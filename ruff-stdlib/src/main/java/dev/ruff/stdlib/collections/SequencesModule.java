package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.NumberArgs;
import java.util.ArrayList;
import java.util.List;

/** Array natives that regroup elements: chunk, windows, flatten, zip, enumerate, take, skip. */
public final class SequencesModule implements RuffModule {

    @Override
    public String name() {
        return "sequences";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("chunk(arr, size)", Arity.unchecked(), Capability.NONE,
                "Consecutive chunks of a size; the last may be shorter.", this::chunk);
        r.function("windows(arr, size)", Arity.unchecked(), Capability.NONE, "Sliding windows of a size.", this::windows);
        r.function("flatten(arr)", Arity.unchecked(), Capability.NONE, "Flattens nested arrays by one level.",
                this::flatten);
        r.function("zip(a, b)", Arity.unchecked(), Capability.NONE,
                "Pairs [a[i], b[i]] up to the shorter length.", this::zip);
        r.function("enumerate(arr)", Arity.unchecked(), Capability.NONE, "Pairs [index, element].", this::enumerate);
        r.function("take(arr, n)", Arity.unchecked(), Capability.NONE, "The first n elements.",
                c -> {
                    RuffArray a = arrayAndCount(c, "take", "count");
                    long n = Math.min(NumberArgs.toCount(c.arg(1)), a.size());
                    return a.slice(0, (int) n);
                });
        r.function("skip(arr, n)", Arity.unchecked(), Capability.NONE, "All but the first n elements.",
                c -> {
                    RuffArray a = arrayAndCount(c, "skip", "count");
                    long n = Math.min(NumberArgs.toCount(c.arg(1)), a.size());
                    return a.slice((int) n, a.size());
                });
    }

    /** Checks {@code (array, number)}; wording follows upstream's {@code take() count must be a number}. */
    private static RuffArray arrayAndCount(NativeCall c, String name, String what) {
        if (c.count() != 2 || !(c.arg(0) instanceof RuffArray a)) {
            throw c.error(name + "() requires 2 arguments: array and " + what);
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error(name + "() " + what + " must be a number");
        }
        return a;
    }

    private Object chunk(NativeCall c) {
        RuffArray a = arrayAndCount(c, "chunk", "size");
        long size = NumberArgs.toLong(c.arg(1));
        if (size <= 0) {
            return RuffArray.of(a);
        }
        List<Object> chunks = new ArrayList<>();
        List<Object> items = a.asList();
        for (int i = 0; i < items.size(); i += (int) Math.min(size, Integer.MAX_VALUE)) {
            int end = (int) Math.min(items.size(), i + size);
            chunks.add(RuffArray.ofList(items.subList(i, end)));
        }
        return RuffArray.ofList(chunks);
    }

    private Object windows(NativeCall c) {
        RuffArray a = arrayAndCount(c, "windows", "size");
        long size = NumberArgs.toLong(c.arg(1));
        if (size <= 0 || size > a.size()) {
            return RuffArray.empty();
        }
        List<Object> out = new ArrayList<>();
        List<Object> items = a.asList();
        for (int i = 0; i + size <= items.size(); i++) {
            out.add(RuffArray.ofList(items.subList(i, (int) (i + size))));
        }
        return RuffArray.ofList(out);
    }

    private Object flatten(NativeCall c) {
        if (c.count() != 1 || !(c.arg(0) instanceof RuffArray a)) {
            throw c.error("flatten() requires an array argument");
        }
        List<Object> out = new ArrayList<>();
        for (Object item : a) {
            if (item instanceof RuffArray inner) {
                out.addAll(inner.asList());
            } else {
                out.add(item);
            }
        }
        return RuffArray.ofList(out);
    }

    private Object zip(NativeCall c) {
        if (c.count() != 2 || !(c.arg(0) instanceof RuffArray a) || !(c.arg(1) instanceof RuffArray b)) {
            throw c.error("zip() requires 2 array arguments");
        }
        int n = Math.min(a.size(), b.size());
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(RuffArray.of(a.get(i), b.get(i)));
        }
        return RuffArray.ofList(out);
    }

    private Object enumerate(NativeCall c) {
        if (c.count() != 1 || !(c.arg(0) instanceof RuffArray a)) {
            throw c.error("enumerate() requires an array argument");
        }
        List<Object> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(RuffArray.of((long) i, a.get(i)));
        }
        return RuffArray.ofList(out);
    }
}
