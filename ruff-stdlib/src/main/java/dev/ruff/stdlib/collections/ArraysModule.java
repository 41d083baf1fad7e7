package dev.ruff.stdlib.collections;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Equality;
import dev.ruff.runtime.Operators;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.NumberArgs;
import dev.ruff.stdlib.StrictArity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Array natives that build new arrays (arrays are values: {@code xs := push(xs, 1)}); those that
 * also hand back an element return {@code [new_array, element]}.
 */
public final class ArraysModule implements RuffModule {

    @Override
    public String name() {
        return "arrays";
    }

    @Override
    public void register(NativeRegistry r) {
        for (String name : new String[] {"push", "append"}) {
            r.function(name + "(arr, item)", Arity.unchecked(), Capability.NONE, "A new array with the item appended.",
                    c -> push(c, name));
        }
        r.function("pop(arr)", Arity.unchecked(), Capability.NONE,
                "[rest, last] of an array; the item is 0 when the array is empty.", this::pop);
        r.function("insert(arr, index, item)", Arity.unchecked(), Capability.NONE,
                "A new array with the item inserted before an index.", this::insert);
        r.function("remove(coll, item_or_key)", Arity.unchecked(), Capability.NONE,
                "Array without the first equal item, or [dict, removed value] for a dict key.", this::remove);
        r.function("remove_at(arr, index)", Arity.unchecked(), Capability.NONE,
                "[new array, removed element] for an index.", this::removeAt);
        r.function("clear(coll)", Arity.unchecked(), Capability.NONE, "An empty array or dict of the same kind.",
                this::clear);
        r.function("slice(seq, start, end)", Arity.unchecked(), Capability.NONE,
                "Elements or bytes [start, end) with Python-style negative indices, clamped.", this::slice);
        r.function("concat(a, b)", Arity.unchecked(), Capability.NONE, "Concatenation of two arrays.", this::concat);
        r.function("sort(arr)", Arity.unchecked(), Capability.NONE,
                "Stable ascending sort: numbers numerically, strings by code point.",
                this::sort);
        r.function("reverse(arr)", Arity.unchecked(), Capability.NONE, "The elements in reverse order.", c -> {
            List<Object> items = new ArrayList<>(oneArray(c, "reverse").asList());
            java.util.Collections.reverse(items);
            return RuffArray.ofList(items);
        });
        r.function("unique(arr)", Arity.unchecked(), Capability.NONE,
                "First occurrences only; identity is the debug rendering (1 and 1.0 differ).", this::unique);
        r.function("sum(arr)", Arity.unchecked(), Capability.NONE,
                "Sum of the numeric elements: int while all are ints, float otherwise.", this::sum);
        r.function("array(...items)", Arity.atLeast(0), Capability.NONE, "An array of the arguments.",
                c -> RuffArray.of(c.args()));
    }

    private static RuffArray oneArray(NativeCall c, String name) {
        StrictArity.require(c, name, 1);
        if (!(c.arg(0) instanceof RuffArray a)) {
            throw c.error(name + " requires an array argument");
        }
        return a;
    }

    private Object push(NativeCall c, String name) {
        StrictArity.require(c, name, 2);
        if (!(c.arg(0) instanceof RuffArray a)) {
            throw c.error(name + "() requires an array as the first argument");
        }
        // append never changes what `a` shows, and stays amortized O(1) for xs := push(xs, v)
        return a.append(c.arg(1));
    }

    private Object pop(NativeCall c) {
        StrictArity.require(c, "pop", 1);
        if (!(c.arg(0) instanceof RuffArray a)) {
            throw c.error("pop() requires an array argument");
        }
        if (a.isEmpty()) {
            return RuffArray.of(RuffArray.empty(), 0L);
        }
        return RuffArray.of(a.slice(0, a.size() - 1), a.get(a.size() - 1));
    }

    private Object insert(NativeCall c) {
        if (c.count() != 3 || !(c.arg(0) instanceof RuffArray a)) {
            throw c.error("insert() requires 3 arguments: array, index, and item");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error("insert() index must be a number");
        }
        long index = NumberArgs.toUnsignedIndex(c.arg(1));
        if (index > a.size()) {
            throw c.error("insert() index " + NumberArgs.unsignedText(c.arg(1)) + " out of bounds for array of length "
                    + a.size());
        }
        List<Object> items = new ArrayList<>(a.asList());
        items.add((int) index, c.arg(2));
        return RuffArray.ofList(items);
    }

    private Object remove(NativeCall c) {
        if (c.count() == 2 && c.arg(0) instanceof RuffArray a) {
            List<Object> items = new ArrayList<>(a.asList());
            for (int i = 0; i < items.size(); i++) {
                if (Equality.primitiveEqual(items.get(i), c.arg(1))) {
                    items.remove(i);
                    break;
                }
            }
            return RuffArray.ofList(items);
        }
        if (c.count() == 2 && c.arg(0) instanceof RuffDict d && (c.arg(1) instanceof String || c.arg(1) instanceof Long)) {
            String key = c.arg(1).toString();
            Object removed = d.get(key);
            return RuffArray.of(d.without(key), removed == null ? 0L : removed);
        }
        throw c.error("remove() requires an array or dictionary-like value with a valid key/item");
    }

    private Object removeAt(NativeCall c) {
        if (c.count() != 2 || !(c.arg(0) instanceof RuffArray a)) {
            throw c.error("remove_at() requires 2 arguments: array and index");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error("remove_at() index must be a number");
        }
        long index = NumberArgs.toUnsignedIndex(c.arg(1));
        if (index >= a.size()) {
            throw c.error("remove_at() index " + NumberArgs.unsignedText(c.arg(1))
                    + " out of bounds for array of length " + a.size());
        }
        List<Object> items = new ArrayList<>(a.asList());
        Object removed = items.remove((int) index);
        return RuffArray.of(RuffArray.ofList(items), removed);
    }

    private Object clear(NativeCall c) {
        if (c.count() == 1 && c.arg(0) instanceof RuffArray) {
            return RuffArray.empty();
        }
        if (c.count() == 1 && c.arg(0) instanceof RuffDict) {
            return new RuffDict();
        }
        throw c.error("clear() requires an array or dict argument");
    }

    private Object slice(NativeCall c) {
        StrictArity.require(c, "slice", 3);
        Object seq = c.arg(0);
        if (!(seq instanceof RuffArray || seq instanceof RuffBytes)) {
            throw c.error("slice() requires array or bytes and numeric start/end arguments");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error("slice() start must be a number");
        }
        if (!Types.isNumber(c.arg(2))) {
            throw c.error("slice() end must be a number");
        }
        int size = seq instanceof RuffArray a ? a.size() : ((RuffBytes) seq).length();
        int start = clampIndex(NumberArgs.toLong(c.arg(1)), size);
        int end = Math.max(start, clampIndex(NumberArgs.toLong(c.arg(2)), size));
        if (seq instanceof RuffBytes b) {
            return b.slice(start, end);
        }
        return ((RuffArray) seq).slice(start, end);
    }

    private static int clampIndex(long index, int length) {
        long i = index < 0 ? index + length : index;
        return (int) Math.max(0, Math.min(length, i));
    }

    private Object concat(NativeCall c) {
        if (c.count() != 2 || !(c.arg(0) instanceof RuffArray a) || !(c.arg(1) instanceof RuffArray b)) {
            throw c.error("concat() requires two array arguments");
        }
        List<Object> items = new ArrayList<>(a.asList());
        items.addAll(b.asList());
        return RuffArray.ofList(items);
    }

    private Object sort(NativeCall c) {
        RuffArray a = oneArray(c, "sort");
        if (a.isIntStorage()) {
            // ints only: the order is total and equal ints are indistinguishable, so the primitive
            // (unstable) sort gives exactly what the stable merge sort would
            long[] ints = a.toLongArray();
            Arrays.sort(ints);
            return RuffArray.wrapLongs(ints, ints.length);
        }
        return RuffArray.ofList(SortOrder.sorted(a.asList()));
    }

    private Object unique(NativeCall c) {
        RuffArray a = oneArray(c, "unique");
        Set<String> seen = new HashSet<>();
        List<Object> items = new ArrayList<>();
        for (Object item : a) {
            if (seen.add(Display.debug(item))) {
                items.add(item);
            }
        }
        return RuffArray.ofList(items);
    }

    private Object sum(NativeCall c) {
        RuffArray a = oneArray(c, "sum");
        // int sums overflow exactly as `+` does: same rule, same message
        if (a.isIntStorage()) {
            long total = 0;
            for (int i = 0; i < a.size(); i++) {
                total = Operators.addExact(total, a.getLong(i));
            }
            return total;
        }
        long intSum = 0;
        double floatSum = 0;
        boolean sawFloat = false;
        for (Object item : a) {
            if (item instanceof Long l) {
                if (sawFloat) {
                    floatSum += l;
                } else {
                    intSum = Operators.addExact(intSum, l);
                }
            } else if (item instanceof Double d) {
                if (!sawFloat) {
                    sawFloat = true;
                    floatSum = intSum;
                }
                floatSum += d;
            }
        }
        return sawFloat ? (Object) floatSum : (Object) intSum;
    }
}
