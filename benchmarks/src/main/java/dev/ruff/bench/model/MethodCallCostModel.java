package dev.ruff.bench.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code method_calls} workload ({@code total := total + acct.add(i)}, a million times) in Java, adding one
 * by one what a compiled Ruff method call must do: the receiver is a struct instance (fields in an array, read
 * through a per-site cache keyed by the instance's shape), the method is found through the call site's cache
 * keyed by shape and declaration, values are boxed {@code Long}s passed through a virtual call of the method's
 * body object, and each call ticks the run limits and links a pooled frame (as in {@link CallCostModel}). The
 * last variant is the floor Ruff's calling convention allows; {@code WorkloadBenchmark}'s {@code method_calls} is
 * what Ruff achieves, and the peers' {@code method_calls} what Nashorn and Rhino do with the same script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MethodCallCostModel {
    private int calls = 1_000_000;

    /** A struct's field layout; instances of one shape keep a field at the same index. */
    static final class Shape {
        final String[] names;

        Shape(String... names) {
            this.names = names;
        }
    }

    /** A struct instance as Ruff keeps it: its declaration, its shape and its field values. */
    static final class Instance {
        final Object def;
        final Shape shape;
        final Object[] values;

        Instance(Object def, Shape shape, Object... values) {
            this.def = def;
            this.shape = shape;
            this.values = values;
        }
    }

    /** A method body, called virtually with a boxed argument. */
    abstract static class Body {
        abstract Object call1(Instance self, Object arg, CallCostModel.Frame caller, int callPc);
    }

    /** {@code func add(self, k) { return self.base + k }} with a field cache of its own. */
    static final class Add extends Body {
        private final boolean obligations;
        private final CallCostModel.Guard guard = new CallCostModel.Guard();
        private final CallCostModel.Frame[] pool = new CallCostModel.Frame[64];
        private Shape cachedShape;
        private int cachedIndex;

        Add(boolean obligations) {
            this.obligations = obligations;
            for (int i = 0; i < pool.length; i++) {
                pool[i] = new CallCostModel.Frame();
            }
        }

        @Override
        Object call1(Instance self, Object k, CallCostModel.Frame caller, int callPc) {
            if (obligations) {
                guard.tick();
                CallCostModel.Frame.enter(pool, caller, callPc);
            }
            Object base = self.shape == cachedShape ? self.values[cachedIndex] : slowField(self, "base");
            return base instanceof Long x && k instanceof Long y ? (Object) Math.addExact(x, y) : null;
        }

        private Object slowField(Instance self, String name) {
            for (int i = 0; i < self.shape.names.length; i++) {
                if (self.shape.names[i].equals(name)) {
                    cachedShape = self.shape;
                    cachedIndex = i;
                    return self.values[i];
                }
            }
            throw new IllegalStateException("no field " + name);
        }
    }

    /** The struct declaration (the caches compare its identity only). */
    private final Object accountDef = new Object();
    private final Instance acct = new Instance(accountDef, new Shape("base"), 1L);
    private final Add add = new Add(false);
    private final Add addWithObligations = new Add(true);

    /** The call site's method cache: the method found for receivers of this shape and declaration. */
    private Shape siteShape;
    private Object siteDef;
    private Body siteMethod;

    private Body method(Instance receiver, Body declared) {
        if (receiver.shape == siteShape && receiver.def == siteDef) {
            return siteMethod;
        }
        siteShape = receiver.shape;
        siteDef = receiver.def;
        siteMethod = declared;
        return declared;
    }

    /** Plain Java: a final field and a long argument, what an engine that specialises on types can reach. */
    static final class PlainAccount {
        final long base;

        PlainAccount(long base) {
            this.base = base;
        }

        long add(long k) {
            return base + k;
        }
    }

    private final PlainAccount plain = new PlainAccount(1);

    @Benchmark
    public long plainLong() {
        long total = 0;
        for (int i = 0; i < calls; i++) {
            total = Math.addExact(total, plain.add(i));
        }
        return total;
    }

    /** Struct receiver, cached method lookup, boxed values through a virtual body call. */
    @Benchmark
    public Object boxedVirtual() {
        return loop(add);
    }

    /** As {@link #boxedVirtual}, plus the limits tick and a pooled frame per call: Ruff's calling convention. */
    @Benchmark
    public Object boxedVirtualFrameTick() {
        return loop(addWithObligations);
    }

    private Object loop(Add declared) {
        Object total = 0L;
        for (long i = 0; i < calls; i++) {
            Object r = method(acct, declared).call1(acct, i, null, 7);
            total = total instanceof Long x && r instanceof Long y ? (Object) Math.addExact(x, y) : null;
        }
        return total;
    }
}
