package dev.ruff.async;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a generator body on a thread of its own and hands its yielded values to the consumer one at
 * a time. Exactly one side runs at any moment: the consumer waits in {@link #advance()} while the body
 * runs, and the body waits in {@link #yieldValue} until the consumer asks for the next value. The
 * thread starts at the first {@code advance()}, so a body runs only as far as values are consumed.
 *
 * <p>An abandoned generator (a {@code for} loop that left with {@code break}) has its thread parked in
 * {@code yieldValue}. {@link #close()} wakes it with {@link GeneratorClosed}, which unwinds the body
 * and ends the thread; the owner calls it when the generator value becomes unreachable, and the
 * engine calls it on shutdown. The threads are daemons, so they never keep a JVM alive.</p>
 */
public final class ThreadedGenerator implements AutoCloseable {
    private static final long STACK = 64L * 1024 * 1024;
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();
    private static final Object RESUME = new Object();
    private static final Object CLOSE = new Object();
    private static final Object DONE = new Object();

    private final AsyncRuntime runtime;
    private final Consumer<ThreadedGenerator> body;
    private final LinkedBlockingQueue<Object> toConsumer = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Object> toProducer = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    // consumer-side state, touched only by the consuming thread
    private Thread thread;
    private boolean finished;

    /** @param body runs the generator; it calls {@link #yieldValue} for every value */
    public ThreadedGenerator(AsyncRuntime runtime, Consumer<ThreadedGenerator> body) {
        this.runtime = runtime;
        this.body = body;
    }

    /**
     * Runs the body up to its next {@code yield} and returns the value in a one-element array, or
     * {@code null} when the body has finished. An error raised by the body is rethrown here.
     */
    public Object[] advance() {
        if (finished) {
            return null;
        }
        if (thread == null) {
            runtime.closeOnShutdown(this);
            dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.installed();
            thread = new Thread(null, () -> {
                // the generator's sizes count against its run's limits
                dev.ruff.runtime.RunGuard.install(guard == null ? null : guard.fork());
                produce();
            }, AsyncRuntime.THREAD_PREFIX + "generator-"
                    + THREAD_IDS.incrementAndGet(), STACK);
            thread.setDaemon(true);
            thread.start();
        } else {
            toProducer.add(RESUME);
        }
        Object message;
        try {
            message = toConsumer.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new EngineClosed("interrupted while a generator was running");
        }
        if (message == DONE) {
            finished = true;
            return null;
        }
        if (message instanceof Failure f) {
            finished = true;
            throw f.error;
        }
        return new Object[] {message};
    }

    /** Whether the body has finished (returned, failed or was closed). */
    public boolean isFinished() {
        return finished;
    }

    /** Called by the body: hands {@code value} to the consumer and waits until it asks for the next one. */
    public void yieldValue(Object value) {
        toConsumer.add(AsyncRuntime.shareable(value));
        Object command;
        try {
            command = toProducer.take();
        } catch (InterruptedException e) {
            throw new GeneratorClosed();
        }
        if (command == CLOSE || closed) {
            throw new GeneratorClosed();
        }
    }

    private void produce() {
        try {
            body.accept(this);
            toConsumer.add(DONE);
        } catch (GeneratorClosed c) {
            // abandoned: nobody is waiting for values any more
        } catch (RuntimeException | Error e) {
            toConsumer.add(new Failure(e));
        } finally {
            runtime.forget(this);
        }
    }

    /** Stops a suspended body (idempotent). Safe from any thread. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            toProducer.add(CLOSE);
        }
    }

    private record Failure(RuntimeException error) {
        Failure(Throwable t) {
            this(t instanceof RuntimeException re ? re : new IllegalStateException(t));
        }
    }
}
