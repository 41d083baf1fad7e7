package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.function.BinaryOperator;

/**
 * {@code Set(...)} and the {@code set_*} helpers. As upstream, the helpers do not raise on wrong
 * arguments: they answer an empty set, {@code false} or {@code []}.
 */
public final class SetsModule implements RuffModule {

    @Override
    public String name() {
        return "sets";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("Set(items?)", Arity.unchecked(), Capability.NONE,
                "A set of an array's items (duplicates dropped by deep equality).", this::construct);
        r.function("set_add(set, item)", Arity.unchecked(), Capability.NONE, "The set with an item added if absent.",
                c -> c.count() == 2 && c.arg(0) instanceof RuffSet s ? s.add(c.arg(1)) : RuffSet.EMPTY);
        r.function("set_has(set, item)", Arity.unchecked(), Capability.NONE, "True when the set holds an equal item.",
                c -> c.count() == 2 && c.arg(0) instanceof RuffSet s && s.has(c.arg(1)));
        r.function("set_remove(set, item)", Arity.unchecked(), Capability.NONE, "The set without an item.",
                c -> c.count() == 2 && c.arg(0) instanceof RuffSet s ? s.remove(c.arg(1)) : RuffSet.EMPTY);
        r.function("set_union(a, b)", Arity.unchecked(), Capability.NONE,
                "Items of the first set, then new items of the second.", c -> binary(c, RuffSet::union));
        r.function("set_intersect(a, b)", Arity.unchecked(), Capability.NONE,
                "Items of the first set that the second also holds.", c -> binary(c, RuffSet::intersect));
        r.function("set_difference(a, b)", Arity.unchecked(), Capability.NONE,
                "Items of the first set that the second does not hold.", c -> binary(c, RuffSet::difference));
        r.function("set_to_array(set)", Arity.unchecked(), Capability.NONE, "The items in insertion order.",
                c -> c.count() == 1 && c.arg(0) instanceof RuffSet s ? RuffArray.ofList(s.items()) : RuffArray.empty());
    }

    private Object construct(NativeCall c) {
        if (c.count() > 1) {
            throw c.error("Set constructor takes at most 1 argument");
        }
        if (c.count() == 0) {
            return RuffSet.EMPTY;
        }
        if (!(c.arg(0) instanceof RuffArray a)) {
            throw c.error("Set constructor requires an array argument");
        }
        return RuffSet.of(a);
    }

    private static Object binary(NativeCall c, BinaryOperator<RuffSet> op) {
        if (c.count() == 2 && c.arg(0) instanceof RuffSet a && c.arg(1) instanceof RuffSet b) {
            return op.apply(a, b);
        }
        return RuffSet.EMPTY;
    }
}
