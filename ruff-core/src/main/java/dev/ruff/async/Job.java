package dev.ruff.async;

import dev.ruff.runtime.RunGuard;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One unit of work handed to the engine's executor. Whoever claims it first runs it: the executor
 * thread it was submitted to, a spare thread compensating for a blocked worker, or a thread that
 * awaits its promise before it started (which then runs it inline instead of waiting for a free
 * worker). Claiming is what keeps a bounded executor from deadlocking on nested awaits.
 */
final class Job {
    private final Runnable body;
    /** The promise this job settles, or {@code null}; cancelling it makes the job a no-op or stops it at a suspension point. */
    private final CompletableFuture<Object> owner;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<Void> stopped;
    /** The thread blocked in a wait inside this job, woken when the job is cancelled. */
    private volatile Thread waiter;
    /** Set by a body that parked its task to continue in a later job: {@link #stopped} is then not completed. */
    private boolean parked;
    /** Whether {@link #owner} already wakes {@link #waiter} on completion (touched by the running thread only). */
    private boolean watching;
    /** The limits of the run that started this job: its sizes are checked against them wherever it runs. */
    private final RunGuard guard;

    Job(Runnable body, CompletableFuture<Object> owner) {
        this(body, owner, new CompletableFuture<>(), RunGuard.installed());
    }

    /** A job that runs one slice of a longer task; {@code stopped} is shared by every slice of it. */
    Job(Runnable body, CompletableFuture<Object> owner, CompletableFuture<Void> stopped, RunGuard guard) {
        this.body = body;
        this.owner = owner;
        this.stopped = stopped;
        this.guard = guard;
    }

    /** Records the thread blocked inside this job; cancelling the owner wakes it. */
    void setWaiter(Thread thread) {
        this.waiter = thread;
        // Registered on first use only: a long task runs many slices on one owner.
        if (thread != null && owner != null && !watching) {
            watching = true;
            owner.whenComplete((v, e) -> {
                Thread w = waiter;
                if (w != null) {
                    LockSupport.unpark(w);
                }
            });
        }
    }

    boolean tryClaim() {
        return !claimed.get() && claimed.compareAndSet(false, true);
    }

    boolean isClaimed() {
        return claimed.get();
    }

    CompletableFuture<Object> owner() {
        return owner;
    }

    /** Completes when the body has stopped running (or was skipped): finished, failed or unwound by cancellation. */
    CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Called by the running body when its task continues in another job later (see {@link ResumableTask}). */
    void park() {
        parked = true;
    }

    /** Runs the body on the current thread; the caller has claimed the job. */
    void run(boolean onWorker) {
        Running previous = Running.enter(this, onWorker);
        // a fork: this thread gets its own tick counter over the run's shared deadline and budget
        RunGuard outerGuard = RunGuard.install(guard == null ? null : guard.fork());
        try {
            if (owner == null || !owner.isDone()) {
                body.run();
            }
        } finally {
            RunGuard.install(outerGuard);
            Running.leave(previous);
            if (!parked) {
                stopped.complete(null);
            }
        }
    }

    /** Which job the current thread is running, and whether the thread belongs to an executor. */
    record Running(Job job, boolean onWorker) {
        private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

        static Running current() {
            return CURRENT.get();
        }

        static Running enter(Job job, boolean onWorker) {
            Running previous = CURRENT.get();
            CURRENT.set(new Running(job, onWorker));
            return previous;
        }

        static void leave(Running previous) {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }

        /** True when the running job's promise was cancelled. */
        boolean cancelled() {
            return job.owner != null && job.owner.isCancelled();
        }
    }
}
