package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code Stack(...)} and the {@code stack_*} helpers. Except {@code stack_size}, they do not raise on
 * wrong arguments: they answer an empty stack, {@code null}, {@code true} or {@code []}.
 */
public final class StacksModule implements RuffModule {

    @Override
    public String name() {
        return "stacks";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("Stack(items?)", Arity.unchecked(), Capability.NONE,
                "A LIFO stack of an array's items (last element on top); empty without an array.",
                c -> c.count() >= 1 && c.arg(0) instanceof RuffArray a ? RuffStack.of(a.asList()) : RuffStack.EMPTY);
        r.function("stack_push(s, item)", Arity.unchecked(), Capability.NONE, "The stack with an item on top.",
                c -> c.count() == 2 && c.arg(0) instanceof RuffStack s ? s.push(c.arg(1)) : RuffStack.EMPTY);
        r.function("stack_pop(s)", Arity.unchecked(), Capability.NONE,
                "[stack without its top, top item or null].", this::pop);
        r.function("stack_peek(s)", Arity.unchecked(), Capability.NONE, "The top item, or null.",
                c -> stack(c) != null && stack(c).top() != null ? stack(c).top() : RuffNull.NULL);
        r.function("stack_size(s)", Arity.unchecked(), Capability.NONE, "Number of items on the stack.", c -> {
            if (c.count() != 1) {
                throw c.error("stack_size expects 1 argument (stack), got " + c.count());
            }
            if (!(c.arg(0) instanceof RuffStack s)) {
                throw c.error("stack_size requires a Stack argument");
            }
            return s.size();
        });
        r.function("stack_is_empty(s)", Arity.unchecked(), Capability.NONE,
                "True when the stack has no items (or the argument is not a stack).",
                c -> stack(c) == null || stack(c).size() == 0);
        r.function("stack_to_array(s)", Arity.unchecked(), Capability.NONE, "The items bottom to top.",
                c -> stack(c) == null ? RuffArray.empty() : RuffArray.ofList(stack(c).items()));
    }

    /** The single stack argument, or Java {@code null} when the call has another shape. */
    private static RuffStack stack(NativeCall c) {
        return c.count() == 1 && c.arg(0) instanceof RuffStack s ? s : null;
    }

    private Object pop(NativeCall c) {
        RuffStack s = stack(c);
        if (s == null || s.size() == 0) {
            return RuffArray.of(RuffStack.EMPTY, RuffNull.NULL);
        }
        return RuffArray.of(s.rest(), s.top());
    }
}
