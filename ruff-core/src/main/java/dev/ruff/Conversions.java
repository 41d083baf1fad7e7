package dev.ruff;

import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.RuffPromise;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.host.RuffEnumValue;
import dev.ruff.host.RuffFunction;
import dev.ruff.host.RuffOption;
import dev.ruff.host.RuffResult;
import dev.ruff.host.RuffStruct;
import dev.ruff.runtime.OptionValue;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffBytes;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StringAccumulator;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.TaggedValue;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one place values cross between Java and Ruff (the table in the README's "Embedding" section).
 *
 * <p>An instance is bound to a {@link RuffContext} when conversions need one: a Ruff function leaving
 * the script must be able to run again, a Java future entering it becomes a promise of the engine's async
 * runtime, and a host object is wrapped under the engine's export policy. {@link #DETACHED} has no
 * context; it converts data only and refuses the rest ({@link HostValues}).</p>
 */
final class Conversions {
    /** Conversions with no context: plain data both ways, functions leave as views that cannot run. */
    static final Conversions DETACHED = new Conversions(null);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final RuffContext context;

    Conversions(RuffContext context) {
        this.context = context;
    }

    // ------------------------------------------------------------------ Java -> Ruff

    Object toRuff(Object value) {
        if (value == null) {
            return RuffNull.NULL;
        }
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return RuffBytes.copyOf(bytes);
        }
        if (value instanceof HostView view) {
            return view.ruffValue();
        }
        if (isRuffValue(value)) {
            return value;
        }
        if (value instanceof Iterable<?> items) {
            RuffArray.Builder array = new RuffArray.Builder();
            for (Object item : items) {
                array.add(toRuff(item));
            }
            return array.build();
        }
        if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = toRuff(Array.get(value, i));
            }
            return RuffArray.of(items);
        }
        if (value instanceof Map<?, ?> map) {
            RuffDict dict = new RuffDict();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                dict.putInPlace(String.valueOf(e.getKey()), toRuff(e.getValue()));
            }
            return dict;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? OptionValue.some(toRuff(o.get())) : OptionValue.NONE;
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? OptionValue.some((long) o.getAsInt()) : OptionValue.NONE;
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent() ? OptionValue.some(o.getAsLong()) : OptionValue.NONE;
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? OptionValue.some(o.getAsDouble()) : OptionValue.NONE;
        }
        if (value instanceof CompletionStage<?> stage) {
            return promise(stage);
        }
        if (context == null) {
            throw new IllegalArgumentException("no Ruff value for Java type " + value.getClass().getName());
        }
        return new HostObject(value, this, context.engine().hostAccess());
    }

    /** Arguments of a host call, converted one by one. */
    Object[] toRuff(Object[] args) {
        Object[] out = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = toRuff(args[i]);
        }
        return out;
    }

    private static Object number(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof AtomicInteger
                || n instanceof AtomicLong || n instanceof LongAdder || n instanceof LongAccumulator) {
            return n.longValue();
        }
        if (n instanceof BigInteger big) {
            if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
                throw new IllegalArgumentException("BigInteger " + big + " does not fit in a Ruff int (64-bit)");
            }
            return big.longValue();
        }
        if (n instanceof BigDecimal || n instanceof Float) {
            return n.doubleValue();
        }
        return n.doubleValue();
    }

    private Object promise(CompletionStage<?> stage) {
        if (context == null) {
            throw new IllegalArgumentException("a CompletionStage becomes a Ruff promise only through a RuffContext "
                    + "(it needs the engine's async runtime)");
        }
        AsyncRuntime runtime = context.asyncRuntime();
        CompletableFuture<Object> ruff = new CompletableFuture<>();
        stage.whenComplete((v, e) -> {
            if (e == null) {
                try {
                    ruff.complete(toRuff(v));
                } catch (RuntimeException conversion) {
                    ruff.completeExceptionally(new RuffRuntimeError(conversion.getMessage()));
                }
            } else {
                Throwable cause = unwrap(e);
                ruff.completeExceptionally(cause instanceof RuffRuntimeError || cause instanceof CancellationException
                        ? cause : new RuffRuntimeError(String.valueOf(cause.getMessage() != null ? cause.getMessage()
                        : cause.toString())));
            }
        });
        return RuffPromise.of(runtime, ruff);
    }

    /** Values of the runtime itself (handles, channels, generators …) go back into Ruff unchanged. */
    private static boolean isRuffValue(Object value) {
        return value instanceof RuffNull || value instanceof RuffArray || value instanceof RuffDict
                || value instanceof RuffBytes || value instanceof StructInstance || value instanceof ResultValue
                || value instanceof OptionValue || value instanceof TaggedValue || value instanceof RuffCallable
                || value instanceof dev.ruff.runtime.RuffHandle;
    }

    // ------------------------------------------------------------------ Ruff -> Java

    Object toJava(Object value) {
        value = StringAccumulator.reveal(value);
        if (value == null || value == RuffNull.NULL) {
            return null;
        }
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof RuffArray a) {
            List<Object> list = new ArrayList<>(a.size());
            for (Object item : a) {
                list.add(toJava(item));
            }
            return list;
        }
        if (value instanceof RuffDict d) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : d.entries()) {
                map.put(e.getKey(), toJava(e.getValue()));
            }
            return map;
        }
        if (value instanceof RuffBytes b) {
            return b.toByteArray();
        }
        if (value instanceof StructInstance s) {
            Map<String, Object> fields = new LinkedHashMap<>();
            s.fields().forEach((k, v) -> fields.put(k, toJava(v)));
            return new StructView(s, Collections.unmodifiableMap(fields));
        }
        if (value instanceof ResultValue r) {
            return new ResultView(r, toJava(r.value()));
        }
        if (value instanceof OptionValue o) {
            return new OptionView(o, o.isSome() ? toJava(o.value()) : null);
        }
        if (value instanceof TaggedValue t) {
            List<Object> payload = new ArrayList<>(t.payloadSize());
            for (int i = 0; i < t.payloadSize(); i++) {
                payload.add(toJava(t.payload(i)));
            }
            return new EnumView(t, Collections.unmodifiableList(payload));
        }
        if (value instanceof RuffCallable f) {
            return new FunctionView(f, context);
        }
        if (value instanceof RuffPromise p) {
            return future(p);
        }
        if (value instanceof HostObject h) {
            return h.target();
        }
        return value;
    }

    /** A future completing with the promise's converted value, or failing with the error {@code await} raises. */
    CompletableFuture<Object> future(RuffPromise promise) {
        CompletableFuture<Object> java = new CompletableFuture<>();
        promise.future().whenComplete((v, e) -> {
            if (e == null) {
                try {
                    java.complete(toJava(v));
                } catch (RuntimeException conversion) {
                    java.completeExceptionally(conversion);
                }
            } else {
                Throwable cause = unwrap(e);
                java.completeExceptionally(cause instanceof RuffRuntimeError ? cause
                        : new RuffRuntimeError("Promise rejected: " + RuffPromise.messageOf(cause)));
            }
        });
        return java;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    // ------------------------------------------------------------------ views

    /** A view that goes back into Ruff as the value it was made from. */
    interface HostView {
        Object ruffValue();
    }

    private record StructView(StructInstance ruffValue, Map<String, Object> fields) implements RuffStruct, HostView {
        @Override
        public String typeName() {
            return ruffValue.name();
        }

        @Override
        public java.util.Set<String> methodNames() {
            return ruffValue.def() == null ? java.util.Set.of()
                    : java.util.Collections.unmodifiableSet(ruffValue.def().methods().keySet());
        }

        @Override
        public String toString() {
            return typeName() + fields;
        }
    }

    private record ResultView(ResultValue ruffValue, Object value) implements RuffResult, HostView {
        @Override
        public boolean isOk() {
            return ruffValue.isOk();
        }

        @Override
        public String toString() {
            return (isOk() ? "Ok(" : "Err(") + value + ")";
        }
    }

    private record OptionView(OptionValue ruffValue, Object value) implements RuffOption, HostView {
        @Override
        public boolean isSome() {
            return ruffValue.isSome();
        }

        @Override
        public String toString() {
            return isSome() ? "Some(" + value + ")" : "None";
        }
    }

    private record EnumView(TaggedValue ruffValue, List<Object> payload) implements RuffEnumValue, HostView {
        @Override
        public String enumName() {
            return ruffValue.enumName();
        }

        @Override
        public String variant() {
            return ruffValue.variant();
        }

        @Override
        public String toString() {
            return ruffValue.tag() + payload;
        }
    }

    /** A Ruff function bound to the context it came from (or to none: it then cannot run). */
    private record FunctionView(RuffCallable ruffValue, RuffContext context) implements RuffFunction, HostView {
        @Override
        public String name() {
            return ruffValue.name();
        }

        @Override
        public boolean isAsync() {
            return ruffValue.isAsync();
        }

        @Override
        public Object call(Object... args) {
            if (context == null) {
                throw new IllegalStateException("function " + name() + " was converted without a RuffContext; "
                        + "get it through RuffContext.get or RuffContext.function to call it");
            }
            return context.callValue(ruffValue, args);
        }

        @Override
        public <T> T as(Class<T> type) {
            return FunctionProxy.implement(this, type);
        }

        @Override
        public String toString() {
            return "<function " + name() + ">";
        }
    }
}
