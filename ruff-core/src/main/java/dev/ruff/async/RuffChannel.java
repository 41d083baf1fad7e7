package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.MethodHandleValue;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * An unbounded FIFO channel ({@code type()} {@code channel}, debug {@code Channel}; ASYNC.md §6).
 * {@code send(v)} enqueues and returns {@code true}; {@code receive()} returns the oldest value and
 * blocks while the channel is empty. The blocking wait goes through {@link AsyncRuntime#waitFor}, so a
 * receiver inside a task is compensated on a bounded executor and stops when the task is cancelled.
 */
public final class RuffChannel implements MethodHandleValue {
    private final AsyncRuntime runtime;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    /** Completed by the next {@code send}; receivers on an empty channel wait for it. */
    private CompletableFuture<Void> arrival = new CompletableFuture<>();

    public RuffChannel(AsyncRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Object callMethod(String name, Object[] args, Invoker invoker) {
        switch (name) {
            case "send":
                if (args.length != 1) {
                    throw new RuffRuntimeError("Channel.send expects 1 arguments, got " + args.length);
                }
                send(args[0]);
                return true;
            case "receive":
                if (args.length != 0) {
                    throw new RuffRuntimeError("Channel.receive expects 0 arguments, got " + args.length);
                }
                return receive();
            default:
                throw new RuffRuntimeError("Channel has no method '" + name + "'");
        }
    }

    /** Enqueues {@code value} (marked shared, so neither side updates it in place) and wakes a receiver. */
    public void send(Object value) {
        CompletableFuture<Void> arrived;
        synchronized (this) {
            items.addLast(AsyncRuntime.shareable(value));
            arrived = arrival;
            arrival = new CompletableFuture<>();
        }
        arrived.complete(null);
    }

    /** The oldest value; waits while the channel is empty. */
    public Object receive() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                if (!items.isEmpty()) {
                    return items.removeFirst();
                }
                next = arrival;
            }
            runtime.waitFor(next);
        }
    }

    /** Number of values waiting (for tests). */
    public synchronized int size() {
        return items.size();
    }

    @Override
    public String typeName() {
        return "channel";
    }

    @Override
    public String debug() {
        return "Channel";
    }
}
