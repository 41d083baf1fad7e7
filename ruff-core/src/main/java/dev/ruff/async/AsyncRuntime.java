package dev.ruff.async;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Values;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The async machinery of one engine: the executor that runs tasks (the host's, or a default pool the
 * runtime owns), one timer thread for every sleep and timeout, and the waiting logic behind
 * {@code await}.
 *
 * <p><b>Why a bounded executor never deadlocks.</b> Every job is also kept in a queue the runtime
 * owns, and whoever claims a job first runs it. A thread that awaits a task which has not started yet
 * claims it and runs it inline. A worker that must block (its awaited value depends on timers, I/O or
 * other jobs) is counted as blocked, and while queued jobs exist and fewer spare threads run than
 * workers are blocked, a spare thread is started that drains the queue: the executor's effective
 * parallelism never drops to zero while work is pending. Spare threads exit when the queue is empty
 * or the blocked workers are running again.</p>
 *
 * <p><b>Timers.</b> {@link #schedule} runs actions on a single timer thread per engine; actions only
 * complete futures, so 100,000 concurrent sleeps cost one thread.</p>
 *
 * <p>The bytecode VM avoids blocking inside async tasks altogether: it runs them as
 * {@link ResumableTask}s, whose next slice is queued on the executor when the awaited promise settles.</p>
 */
public final class AsyncRuntime implements AutoCloseable {
    /** Every thread an engine creates has a name starting with this. */
    public static final String THREAD_PREFIX = "ruff-";
    /** Default for {@code get_task_pool_size()} (ASYNC.md §5.10). */
    public static final int DEFAULT_TASK_POOL_SIZE = 256;
    private final java.util.concurrent.atomic.AtomicReference<dev.ruff.diag.RuffExit> exitRequest =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final long WORKER_STACK = 256L * 1024 * 1024;
    private static final AtomicInteger ENGINE_IDS = new AtomicInteger();
    private static final long CLOSE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String threadPrefix;
    private final Executor executor;
    private final ExecutorService ownedPool;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor spares;
    private final ConcurrentLinkedQueue<Job> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger blockedWorkers = new AtomicInteger();
    private final AtomicInteger activeSpares = new AtomicInteger();
    private final ConcurrentMap<String, Object> sharedValues = new ConcurrentHashMap<>();
    private final Set<AutoCloseable> closeOnShutdown = ConcurrentHashMap.newKeySet();
    private final Set<RuffPromise> unobservedRejections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param hostExecutor the executor tasks run on, or {@code null} for a default pool that this runtime
     *                     owns and shuts down in {@link #close()}
     */
    public AsyncRuntime(Executor hostExecutor) {
        this.threadPrefix = THREAD_PREFIX + ENGINE_IDS.incrementAndGet() + "-";
        if (hostExecutor == null) {
            int n = Math.max(2, Runtime.getRuntime().availableProcessors());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    threads(threadPrefix + "async-", WORKER_STACK));
            pool.allowCoreThreadTimeOut(true);
            this.ownedPool = pool;
            this.executor = pool;
        } else {
            this.ownedPool = null;
            this.executor = hostExecutor;
        }
        this.timer = new ScheduledThreadPoolExecutor(1, threads(threadPrefix + "timer-", 0));
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(30, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        this.spares = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads(threadPrefix + "spare-", WORKER_STACK));
    }

    private static ThreadFactory threads(String prefix, long stack) {
        AtomicInteger n = new AtomicInteger();
        // a nested class, not a lambda: every engine's build makes three of these, before a host's first eval
        return new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread t = new Thread(null, task, prefix + n.incrementAndGet(), stack);
                t.setDaemon(true);
                return t;
            }
        };
    }

    // ------------------------------------------------------------------ running work

    /**
     * Starts {@code body} as a task on the executor and returns its promise at once. The promise
     * fulfils with the body's value or rejects with the error it raised; cancelling the promise skips a
     * task that has not started and stops a running one at its next suspension point.
     */
    public RuffPromise startTask(Supplier<Object> body) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        Job job = new Job(() -> settle(future, body), future);
        RuffPromise promise = new RuffPromise(this, future, job);
        enqueue(job);
        return promise;
    }

    /**
     * Starts a task whose body may suspend at awaits without holding a thread (see {@link ResumableTask});
     * returns its promise at once. Cancelling the promise means no further slice of the body runs.
     */
    public RuffPromise startResumable(ResumableTask.Body body) {
        ResumableTask task = new ResumableTask(this, body);
        Job first = task.slice();
        RuffPromise promise = new RuffPromise(this, task.future(), first);
        enqueue(first);
        return promise;
    }

    /** Queues the next slice of a resumable task. */
    void enqueueSlice(Job slice) {
        enqueue(slice);
    }

    /**
     * Records that code running as a task called {@code exit(code)}: the first request wins. The run that
     * started the task stops with it at its next check, wherever it is (every thread of the run does); a
     * request made after that run ended is raised once by the next run or call on this runtime
     * ({@link #takeExitRequest}); awaiting the task raises it too.
     */
    public void requestExit(dev.ruff.diag.RuffExit exit) {
        exitRequest.compareAndSet(null, exit);
        dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.installed();
        if (guard != null) {
            guard.exit(exit);
        }
    }

    /** The pending exit request of a task, once: later calls return null until a task requests again. */
    public dev.ruff.diag.RuffExit takeExitRequest() {
        return exitRequest.getAndSet(null);
    }

    private void settle(CompletableFuture<Object> future, Supplier<Object> body) {
        try {
            future.complete(shareable(body.get()));
        } catch (TaskCancelled c) {
            future.cancel(false);
        } catch (dev.ruff.diag.RuffExit x) {
            requestExit(x);
            future.completeExceptionally(x);
        } catch (RuffRuntimeError e) {
            future.completeExceptionally(e);
        } catch (RuntimeException | StackOverflowError e) {
            future.completeExceptionally(new RuffRuntimeError("Task panicked: " + dev.ruff.runtime.JavaFailures.describe(e)));
        }
    }

    /** Runs {@code action} on the executor (through the claimable queue, so waiting threads can take it over). */
    public void submit(Runnable action) {
        enqueue(new Job(action, null));
    }

    /** An {@link Executor} view of {@link #submit}, for libraries that take one (e.g. the HTTP client). */
    public Executor executor() {
        return this::submit;
    }

    private void enqueue(Job job) {
        if (closed) {
            reject(job);
            return;
        }
        queued.add(job);
        try {
            executor.execute(() -> {
                if (job.tryClaim()) {
                    queued.remove(job);
                    job.run(true);
                }
            });
        } catch (RejectedExecutionException e) {
            if (job.tryClaim()) {
                queued.remove(job);
                reject(job);
            }
            return;
        }
        // A worker may be blocked waiting for exactly this job (a channel send, a promise it settles).
        if (blockedWorkers.get() > 0) {
            compensate();
        }
    }

    private static void reject(Job job) {
        if (job.owner() != null) {
            job.owner().completeExceptionally(new PromiseRejection("the engine's executor rejected the task"));
        }
        job.stopped().complete(null);
    }

    /** Starts a spare thread while queued jobs wait and blocked workers outnumber running spares. */
    private void compensate() {
        while (!closed) {
            int running = activeSpares.get();
            if (queued.isEmpty() || running >= blockedWorkers.get()) {
                return;
            }
            if (activeSpares.compareAndSet(running, running + 1)) {
                try {
                    spares.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    activeSpares.decrementAndGet();
                }
                return;
            }
        }
    }

    private void drain() {
        try {
            Job job;
            while (!closed && activeSpares.get() <= blockedWorkers.get() && (job = queued.poll()) != null) {
                if (job.tryClaim()) {
                    job.run(true);
                }
            }
        } finally {
            activeSpares.decrementAndGet();
        }
        // A job may have been queued between the last poll and the decrement.
        if (blockedWorkers.get() > 0) {
            compensate();
        }
    }

    // ------------------------------------------------------------------ timers

    /** Runs {@code action} on the timer thread after {@code millis}; it must only complete futures (it must not block). */
    public ScheduledFuture<?> schedule(Runnable action, long millis) {
        if (closed) {
            throw new EngineClosed("the engine is closed");
        }
        return timer.schedule(action, Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    /** A promise that fulfils with {@code value} after {@code millis}; cancelling it cancels the timer. */
    public RuffPromise delay(long millis, Object value) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        ScheduledFuture<?> timerEntry = schedule(() -> future.complete(value), millis);
        future.whenComplete((v, e) -> {
            if (future.isCancelled()) {
                timerEntry.cancel(false);
            }
        });
        return new RuffPromise(this, future, null);
    }

    // ------------------------------------------------------------------ waiting

    /**
     * Waits until {@code promise} settles and returns its value, or raises: the original error of a
     * failed async body, {@code Promise rejected: <msg>} for a rejection by a native. A task that has
     * not started yet runs inline on the calling thread. Inside a task, the wait ends early with
     * {@link TaskCancelled} when that task is cancelled.
     */
    public Object await(RuffPromise promise) {
        CompletableFuture<Object> future = promise.future();
        Job producer = promise.job();
        if (!future.isDone() && producer != null && producer.tryClaim()) {
            queued.remove(producer);
            Job.Running current = Job.Running.current();
            producer.run(current != null && current.onWorker());
        }
        waitFor(future);
        return promise.outcome();
    }

    /**
     * Blocks until {@code future} is done. On an executor thread the wait counts as a blocked worker
     * (see the class comment); inside a cancelled task it raises {@link TaskCancelled}.
     */
    public void waitFor(CompletableFuture<?> future) {
        Job.Running current = Job.Running.current();
        checkCancelled(current);
        if (future.isDone()) {
            return;
        }
        Thread waiter = Thread.currentThread();
        dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.installed();
        future.whenComplete((v, e) -> LockSupport.unpark(waiter));
        // The task's own promise completes early only when it is cancelled; the job then unparks us.
        CompletableFuture<Object> owner = current == null ? null : current.job().owner();
        if (current != null) {
            current.job().setWaiter(waiter);
        }
        boolean worker = current != null && current.onWorker();
        if (worker) {
            blockedWorkers.incrementAndGet();
            compensate();
        }
        try {
            while (!future.isDone() && (owner == null || !owner.isDone())) {
                // The timeout only re-checks for a closed engine; completion, cancellation and a stop of the
                // run (its limit, the host, close()) unpark at once.
                if (guard != null) {
                    guard.parkNanos(this, CLOSE_CHECK_NANOS);
                    if (guard.isStopped()) {
                        guard.checkpoint(); // the run's limit error, which the script cannot catch
                    }
                } else {
                    LockSupport.parkNanos(this, CLOSE_CHECK_NANOS);
                }
                if (Thread.interrupted()) {
                    throw new EngineClosed("interrupted while awaiting a promise");
                }
                if (closed && !future.isDone()) {
                    throw new EngineClosed("the engine was closed while awaiting a promise");
                }
                if (guard != null && !future.isDone()) {
                    guard.raiseExit(); // another task of this run called exit(n): the wait ends the program
                }
            }
        } finally {
            if (current != null) {
                current.job().setWaiter(null);
            }
            if (worker) {
                blockedWorkers.decrementAndGet();
            }
        }
        checkCancelled(current);
    }

    private static void checkCancelled(Job.Running current) {
        if (current != null && current.cancelled()) {
            throw new TaskCancelled();
        }
    }

    /**
     * Raises {@link TaskCancelled} when the current thread runs a task that was cancelled. Backends call
     * this at suspension points that do not wait (the interpreter: each loop iteration).
     */
    public static void checkCancelled() {
        checkCancelled(Job.Running.current());
    }

    /** True while the current thread runs a task (an async body, a spawn block, an executor job). */
    public static boolean inTask() {
        return Job.Running.current() != null;
    }

    // ------------------------------------------------------------------ engine-wide state

    /**
     * The {@code shared_*} store (ASYNC.md §8). It is per engine rather than per process: every script,
     * async body and spawn block of one engine shares it, while embedded engines stay isolated.
     */
    public ConcurrentMap<String, Object> sharedValues() {
        return sharedValues;
    }

    /** Closes {@code resource} when the engine closes (abandoned generator threads, for example). */
    public void closeOnShutdown(AutoCloseable resource) {
        closeOnShutdown.add(resource);
        if (closed) {
            closeQuietly(resource);
        }
    }

    /** Forgets a resource registered with {@link #closeOnShutdown} that was closed already. */
    public void forget(AutoCloseable resource) {
        closeOnShutdown.remove(resource);
    }

    // ------------------------------------------------------------------ unhandled rejections

    /**
     * Called when {@code promise} rejects before anyone observed it. Cancellations, {@code exit(n)} and
     * failures caused by the engine shutting down are not script rejections and are not recorded.
     */
    void noteRejection(RuffPromise promise, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (closed || cause instanceof java.util.concurrent.CancellationException
                || cause instanceof dev.ruff.diag.RuffExit || cause instanceof EngineClosed) {
            return;
        }
        unobservedRejections.add(promise);
        if (promise.isObserved()) {
            // observed concurrently, after the check in the promise: it is handled after all
            unobservedRejections.remove(promise);
        }
    }

    void forgetRejection(RuffPromise promise) {
        unobservedRejections.remove(promise);
    }

    /**
     * The messages of promises that rejected while nobody observed them, each returned once; the
     * engine logs them as unhandled at the end of a run and when it closes. A rejection observed later
     * (awaited in a later run) has then already been reported.
     */
    public java.util.List<String> takeUnhandledRejections() {
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (RuffPromise p : unobservedRejections) {
            if (unobservedRejections.remove(p) && !p.isObserved()) {
                messages.add(p.failureMessage());
            }
        }
        return messages;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * The name prefix of every thread this runtime creates ({@code ruff-<n>-async-…}, {@code ruff-<n>-timer-…},
     * {@code ruff-<n>-spare-…}).
     */
    public String threadPrefix() {
        return threadPrefix;
    }

    /**
     * Live threads this runtime created (for tests and measurements); the engine's script threads, which
     * share the prefix as {@code ruff-<n>-script-…}, are not counted.
     */
    public long liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(threadPrefix)
                        && !t.getName().startsWith(threadPrefix + "script-")).count();
    }

    /**
     * Stops the timer, the spare threads and (only if the runtime created it) the default pool; closes
     * registered resources. The host's executor is left running.
     */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        spares.shutdownNow();
        if (ownedPool != null) {
            ownedPool.shutdownNow();
        }
        Job job;
        while ((job = queued.poll()) != null) {
            if (job.tryClaim()) {
                reject(job);
            }
        }
        for (AutoCloseable c : closeOnShutdown) {
            closeQuietly(c);
        }
        closeOnShutdown.clear();
    }

    /**
     * After {@link #close()}: waits up to {@code millis} for the threads this runtime created to finish what
     * they run (scripts stop at their next limits check once the runtime is closed).
     */
    public void awaitTermination(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (ownedPool != null) {
            ownedPool.awaitTermination(millis, TimeUnit.MILLISECONDS);
        }
        spares.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort: the engine is going away
        }
    }

    /**
     * Marks a value that crosses threads as held by several places, so nobody updates it in place
     * (containers are copy-on-write, see {@link dev.ruff.runtime.CowValue}).
     */
    public static Object shareable(Object value) {
        Values.retain(value);
        Values.retain(value);
        return value;
    }
}
