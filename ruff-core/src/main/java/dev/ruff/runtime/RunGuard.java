package dev.ruff.runtime;

import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.diag.RuffLimitExceeded.Limit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Enforces {@link RunLimits} for one run of a script, the same way on the interpreter, the VM and compiled
 * code. Backends call {@link #tick()} at every loop back-edge and every call; it decrements a counter and reads
 * the run's volatile stop state, and every {@value #CHECK_INTERVAL} ticks checks the deadline, the step
 * budget, the interrupt flags of this thread and of the host thread that started the run, and whether the
 * engine was closed.
 *
 * <p>Stopping is event-driven: {@link #stop} (the host's interrupt seen by the waiting host thread, the
 * deadline, {@code engine.close()}) sets the stop state, which every thread of the run sees at its very next
 * tick, and wakes threads of the run waiting in {@link #parkNanos} or in a registered {@link #onStop} waker
 * (sleep, await, channel receive, socket waits). No stop waits for a poll interval.</p> Values are checked where they are built ({@link #checkStringLength},
 * {@link #checkCollectionSize}) through the guard installed on the current thread.
 *
 * <p>One guard per thread of a run: {@link #fork()} gives code running elsewhere (an async task, a spawn
 * block, a generator) its own counter over the same deadline, budget and stop state. Jobs of the engine's
 * executor install the guard of the code that started them (see {@link #install}).</p>
 */
public final class RunGuard {
    /** Ticks between two checks of the clock, the budget and the stop flags. */
    public static final int CHECK_INTERVAL = 1 << 10;
    /** Back-edges of a plain arithmetic loop that compiled code counts before passing them on (backEdges). */
    public static final int LOOP_BATCH = 1 << 7;
    private static final ThreadLocal<RunGuard> CURRENT = new ThreadLocal<>();
    /**
     * The smallest string-length / collection-size limit any run ever asked for: sizes below it need no
     * lookup of the current guard, which keeps the checks off the common path.
     */
    private static volatile int smallestStringLimit = RunLimits.DEFAULT_MAX_STRING_LENGTH;
    private static volatile int smallestCollectionLimit = RunLimits.DEFAULT_MAX_COLLECTION_SIZE;

    /** A nested class, not a lambda: every execution context starts with an unlimited guard, before the first eval. */
    private static final BooleanSupplier NEVER_CLOSED = new BooleanSupplier() {
        @Override
        public boolean getAsBoolean() {
            return false;
        }
    };

    private final Run run;
    private int countdown = CHECK_INTERVAL;

    private RunGuard(Run run) {
        this.run = run;
    }

    /**
     * A guard for a new run starting now.
     *
     * @param stopped polled at checks: true once the run must stop (the engine was closed)
     */
    public static RunGuard start(RunLimits limits, BooleanSupplier stopped) {
        return start(limits, stopped, null);
    }

    /**
     * A guard for a new run starting now on behalf of {@code host}, the thread waiting for the run's result:
     * an interrupt of that thread stops the run at the next check even before the host thread is scheduled
     * again to pass it on.
     *
     * @param stopped polled at checks: true once the run must stop (the engine was closed)
     * @param host    the waiting host thread, or null
     */
    public static RunGuard start(RunLimits limits, BooleanSupplier stopped, Thread host) {
        if (limits.maxStringLength() < smallestStringLimit) {
            smallestStringLimit = limits.maxStringLength();
        }
        if (limits.maxCollectionSize() < smallestCollectionLimit) {
            smallestCollectionLimit = limits.maxCollectionSize();
        }
        return new RunGuard(new Run(limits, stopped, host));
    }

    /** A guard with the default limits that never stops a run (contexts built without a host). */
    public static RunGuard unlimited() {
        return new RunGuard(new Run(RunLimits.DEFAULTS, NEVER_CLOSED, null));
    }

    /** A guard for the same run on another thread: shared deadline, budget and stop state, its own counter. */
    public RunGuard fork() {
        return new RunGuard(run);
    }

    public RunLimits limits() {
        return run.limits;
    }

    // ------------------------------------------------------------------ the current thread

    /** The guard installed on this thread, or a fresh one with the default limits. */
    public static RunGuard current() {
        RunGuard g = CURRENT.get();
        return g == null ? unlimited() : g;
    }

    /** The guard installed on this thread, or {@code null} (for passing on to other threads). */
    public static RunGuard installed() {
        return CURRENT.get();
    }

    /** Installs {@code guard} (may be null) on this thread; returns the previous one for restoring. */
    public static RunGuard install(RunGuard guard) {
        RunGuard previous = CURRENT.get();
        if (guard == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(guard);
        }
        return previous;
    }

    // ------------------------------------------------------------------ ticks

    /**
     * One loop iteration or call. Cheap: a counter decrement and one volatile read (a plain load on common
     * hardware) so that a stop is seen at once; the full check runs every {@value #CHECK_INTERVAL} ticks.
     */
    public void tick() {
        if (--countdown < 0 || run.stopLimit != null) {
            checkpoint();
        }
    }

    /**
     * {@code n} loop back-edges that compiled code counted in a JVM local: it does so only for a loop whose body
     * is plain unboxed arithmetic (nanoseconds an iteration), and calls this every {@value #LOOP_BATCH}
     * back-edges, so such a loop neither reads the stop state nor writes the counter at every iteration, yet
     * a stop is still seen within microseconds.
     */
    public void backEdges(int n) {
        countdown -= n - 1; // tick() counts the last one and checks
        tick();
    }

    /**
     * Charges back-edges counted by compiled code but not yet passed to {@link #backEdges} when its activation
     * returned or left for the dispatch loop; the next tick checks them. Never throws.
     */
    public void charge(int pending) {
        countdown -= pending;
    }

    /** Checks the stop flags, the deadline and the budget now (also used by blocking natives). */
    public void checkpoint() {
        int used = CHECK_INTERVAL - countdown;
        countdown = CHECK_INTERVAL;
        run.check(used);
    }

    /** Stops every thread of this run at its next check with {@code reason} (a deadline watchdog, the host). */
    public void stop(Limit limit, String message) {
        run.stop(limit, message);
    }

    /**
     * Ends every thread of this run at its next check with {@code exit}: a task or spawn block of the run
     * called {@code exit(n)}, which ends the whole program, not only the task. The first request wins.
     */
    public void exit(dev.ruff.diag.RuffExit exit) {
        if (run.exit == null) {
            run.exit = exit;
            // threads of the run parked in a wait return and raise it at their next check
            for (Runnable waker : run.wakers) {
                waker.run();
            }
        }
    }

    /** Raises the {@code exit(n)} another thread of this run requested, if any (for waits that do not tick). */
    public void raiseExit() {
        dev.ruff.diag.RuffExit exit = run.exit;
        if (exit != null) {
            throw exit;
        }
    }

    /**
     * Waits up to {@code nanos} (or until unparked) like {@link LockSupport#parkNanos(Object, long)}, but returns
     * at once when the run is stopped meanwhile; the caller re-checks its condition and calls
     * {@link #checkpoint()}. Spurious returns are possible, as with {@code parkNanos}.
     */
    public void parkNanos(Object blocker, long nanos) {
        Thread self = Thread.currentThread();
        Runnable waker = () -> LockSupport.unpark(self);
        run.wakers.add(waker);
        try {
            if (run.stopLimit == null && run.exit == null) {
                LockSupport.parkNanos(blocker, nanos);
            }
        } finally {
            run.wakers.remove(waker);
        }
    }

    /**
     * Sleeps {@code nanos}, ending early with the limit error when the run is stopped or its deadline passes
     * (at once, not at a poll), or when the thread is interrupted.
     */
    public void sleepNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        checkpoint();
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            // never past the deadline: the sleep ends there with the limit error
            parkNanos(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(Math.min(millisLeft(), Long.MAX_VALUE / 2_000_000)) + 1));
            checkpoint();
        }
    }

    /**
     * Waits for {@code future} (a native waiting on Java work) and returns its value as
     * {@link CompletableFuture#join()} would; a stop of the run, its deadline or an interrupt ends the wait at once
     * with the limit error.
     */
    public <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        Thread self = Thread.currentThread();
        future.whenComplete((v, e) -> LockSupport.unpark(self));
        while (!future.isDone()) {
            checkpoint();
            parkNanos(future, TimeUnit.MILLISECONDS.toNanos(Math.min(millisLeft(), 1_000)) + 1);
        }
        return future.join();
    }

    /**
     * Registers {@code waker}, run once if this run is stopped while registered (for a native waiting in a
     * way {@link #parkNanos} does not cover, e.g. a selector's {@code wakeup}). Close the result to
     * unregister. A waker registered after the stop runs at once.
     */
    public Registration onStop(Runnable waker) {
        run.wakers.add(waker);
        if (run.stopLimit != null || run.exit != null) {
            waker.run();
        }
        return () -> run.wakers.remove(waker);
    }

    /** A registration made by {@link #onStop}; closing it unregisters. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** The host thread stopped waiting for this run: from now on its interrupts are its own business. */
    public void detachHost() {
        run.host = null;
    }

    /** Whether this run was stopped (by a limit, the host or a closed engine). */
    public boolean isStopped() {
        return run.stopLimit != null;
    }

    /** Milliseconds until the deadline, or {@link Long#MAX_VALUE} without one. */
    public long millisLeft() {
        if (run.limits.timeoutMillis() == 0) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(run.deadline - System.nanoTime()));
    }

    /** The message of a run stopped by its deadline. */
    public static String timeoutMessage(long timeoutMillis) {
        String seconds = timeoutMillis % 1000 == 0 ? Long.toString(timeoutMillis / 1000)
                : Double.toString(timeoutMillis / 1000.0);
        return "Script timed out after " + seconds + " s (the run's time limit)";
    }

    // ------------------------------------------------------------------ sizes

    /** Raises the string-length limit error when a string of {@code length} characters would exceed it. */
    public static void checkStringLength(long length) {
        if (length > smallestStringLimit) {
            current().checkString(length);
        }
    }

    /** Raises the collection-size limit error when a collection of {@code size} elements would exceed it. */
    public static void checkCollectionSize(long size) {
        if (size > smallestCollectionLimit) {
            current().checkCollection(size);
        }
    }

    /** Checks a value a native built: a string's length, an array's or a dict's size. */
    public static void checkResult(Object value) {
        if (value instanceof String s) {
            checkStringLength(s.length());
        } else if (value instanceof RuffArray array) {
            checkCollectionSize(array.size());
        } else if (value instanceof RuffDict dict) {
            checkCollectionSize(dict.size());
        }
    }

    private void checkString(long length) {
        int max = run.limits.maxStringLength();
        if (length > max) {
            throw new RuffLimitExceeded(Limit.STRING_LENGTH, "String too long: " + length
                    + " characters exceed the limit of " + max);
        }
    }

    private void checkCollection(long size) {
        int max = run.limits.maxCollectionSize();
        if (size > max) {
            throw new RuffLimitExceeded(Limit.COLLECTION_SIZE, "Collection too large: " + size
                    + " elements exceed the limit of " + max);
        }
    }

    /** Counts {@code chars} printed by this run; raises the output limit error past the limit. */
    public void countOutput(long chars) {
        long max = run.limits.maxOutputChars();
        if (max > 0 && run.output.addAndGet(chars) > max) {
            throw new RuffLimitExceeded(Limit.OUTPUT_SIZE, "Output limit of " + max + " characters exceeded");
        }
    }

    /** The state every thread of one run shares. */
    private static final class Run {
        final RunLimits limits;
        final BooleanSupplier closed;
        /** The host thread waiting for the run (its interrupt stops the run), or null once it stopped waiting. */
        volatile Thread host;
        final long deadline;
        /** Woken when the run stops: threads of the run parked in a wait. */
        final Set<Runnable> wakers = ConcurrentHashMap.newKeySet();
        final AtomicLong steps = new AtomicLong();
        final AtomicLong output = new AtomicLong();
        volatile Limit stopLimit;
        volatile String stopMessage;
        volatile dev.ruff.diag.RuffExit exit;

        Run(RunLimits limits, BooleanSupplier closed, Thread host) {
            this.limits = limits;
            this.closed = closed;
            this.host = host;
            this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
        }

        void stop(Limit limit, String message) {
            synchronized (this) {
                if (stopLimit != null) {
                    return;
                }
                stopMessage = message;
                stopLimit = limit;
            }
            for (Runnable waker : wakers) {
                waker.run();
            }
        }

        void check(int used) {
            dev.ruff.diag.RuffExit requested = exit;
            if (requested != null) {
                throw requested;
            }
            if (stopLimit == null) {
                Thread waiting = host;
                if (Thread.currentThread().isInterrupted() || (waiting != null && waiting.isInterrupted())) {
                    stop(Limit.INTERRUPTED, "Script interrupted by the host");
                } else if (closed.getAsBoolean()) {
                    stop(Limit.INTERRUPTED, "Script stopped: the engine was closed");
                } else if (limits.timeoutMillis() > 0 && System.nanoTime() - deadline > 0) {
                    stop(Limit.TIMEOUT, timeoutMessage(limits.timeoutMillis()));
                } else if (limits.maxSteps() > 0 && steps.addAndGet(used) > limits.maxSteps()) {
                    stop(Limit.STEPS, "Step budget of " + limits.maxSteps() + " exhausted");
                }
            }
            Limit limit = stopLimit;
            if (limit != null) {
                throw new RuffLimitExceeded(limit, stopMessage);
            }
        }
    }
}
