package dev.ruff.vm;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.Truthiness;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * The few stdlib-like natives core tests need: {@code push}, {@code apply}/{@code map} and
 * {@code sort_by(xs, less)} (a comparator) calling back into Ruff, and {@code java_class(v)} (the Java class
 * a native receives, to check representations).
 */
final class TestNatives implements RuffModule {
    @Override
    public String name() {
        return "test-natives";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("push", Arity.exact(2), Capability.NONE, "append",
                c -> ((RuffArray) c.arg(0)).append(c.arg(1)));
        r.function("apply", Arity.exact(2), Capability.NONE, "f(x)",
                c -> c.invoker().call(c.arg(0), c.arg(1)));
        r.function("java_class", Arity.exact(1), Capability.NONE, "class of the argument",
                c -> c.arg(0).getClass().getName());
        r.function("map", Arity.exact(2), Capability.NONE, "map",
                c -> {
                    RuffArray xs = (RuffArray) c.arg(0);
                    Object[] out = new Object[xs.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = c.invoker().call(c.arg(1), xs.get(i));
                    }
                    return RuffArray.wrap(out, out.length);
                });
        r.function("sort_by", Arity.exact(2), Capability.NONE, "stable sort by a less-than callback",
                c -> {
                    java.util.List<Object> items = new java.util.ArrayList<>(((RuffArray) c.arg(0)).asList());
                    items.sort((a, b) -> Truthiness.isTruthy(c.invoker().call(c.arg(1), a, b)) ? -1
                            : Truthiness.isTruthy(c.invoker().call(c.arg(1), b, a)) ? 1 : 0);
                    return RuffArray.ofList(items);
                });
    }
}
