package dev.ruff.stdlib.collections;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffNull;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code Queue(...)} and the {@code queue_*} helpers. Except {@code queue_size}, they do not raise on
 * wrong arguments: they answer an empty queue, {@code null}, {@code true} or {@code []}.
 */
public final class QueuesModule implements RuffModule {

    @Override
    public String name() {
        return "queues";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("Queue(items?)", Arity.unchecked(), Capability.NONE,
                "A FIFO queue of an array's items (front first); empty without an array.",
                c -> c.count() >= 1 && c.arg(0) instanceof RuffArray a ? RuffQueue.of(a.asList()) : RuffQueue.EMPTY);
        r.function("queue_enqueue(q, item)", Arity.unchecked(), Capability.NONE, "The queue with an item at the back.",
                c -> c.count() == 2 && c.arg(0) instanceof RuffQueue q ? q.enqueue(c.arg(1)) : RuffQueue.EMPTY);
        r.function("queue_dequeue(q)", Arity.unchecked(), Capability.NONE,
                "[queue without its front, front item or null].", this::dequeue);
        r.function("queue_peek(q)", Arity.unchecked(), Capability.NONE, "The front item, or null.",
                c -> queue(c) != null && queue(c).front() != null ? queue(c).front() : RuffNull.NULL);
        r.function("queue_size(q)", Arity.unchecked(), Capability.NONE, "Number of items in the queue.", c -> {
            if (c.count() != 1) {
                throw c.error("queue_size expects 1 argument (queue), got " + c.count());
            }
            if (!(c.arg(0) instanceof RuffQueue q)) {
                throw c.error("queue_size requires a Queue argument");
            }
            return q.size();
        });
        r.function("queue_is_empty(q)", Arity.unchecked(), Capability.NONE,
                "True when the queue has no items (or the argument is not a queue).",
                c -> queue(c) == null || queue(c).size() == 0);
        r.function("queue_to_array(q)", Arity.unchecked(), Capability.NONE, "The items front to back.",
                c -> queue(c) == null ? RuffArray.empty() : RuffArray.ofList(queue(c).items()));
    }

    /** The single queue argument, or Java {@code null} when the call has another shape. */
    private static RuffQueue queue(NativeCall c) {
        return c.count() == 1 && c.arg(0) instanceof RuffQueue q ? q : null;
    }

    private Object dequeue(NativeCall c) {
        RuffQueue q = queue(c);
        if (q == null || q.size() == 0) {
            return RuffArray.of(RuffQueue.EMPTY, RuffNull.NULL);
        }
        return RuffArray.of(q.rest(), q.front());
    }
}
