package dev.ruff.exec;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine's view of the script threads, which all engines share: threads with the same stack size come from
 * one process-wide pool, so a further engine does not start (and, at {@code close()}, join) a thread of its own.
 * Starting and joining a 100 MB-stack thread per engine cost 1–5 ms, more than building the engine.
 *
 * <p>While a thread runs a task of this engine it carries the engine's name ({@code ruff-<n>-script-<i>}), the
 * context class loader of the thread that submitted the task, and nothing else of the engine: its interrupt
 * status is cleared when the task ends. {@link #shutdownNow()} interrupts only the threads running this engine's
 * tasks and refuses new ones; {@link #awaitTermination} waits until none of them runs. Idle threads end after a
 * few seconds, so open but idle engines keep no thread.</p>
 */
public final class ScriptThreads {
    /** Idle shared threads end after this long. */
    private static final long KEEP_ALIVE_SECONDS = 5;
    /** The name of a shared thread between tasks. */
    private static final String IDLE_NAME = "ruff-script-";
    /** The shared pools, by stack size (engines with different call-depth limits need different stacks). */
    private static final ConcurrentHashMap<Long, ThreadPoolExecutor> POOLS = new ConcurrentHashMap<>();
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final String namePrefix;
    /** The threads running this engine's tasks now; guarded by {@code this}. */
    private final Set<Thread> running = new HashSet<>();
    /** Tasks handed to the pool and not yet finished; guarded by {@code this}. */
    private int pending;
    private boolean shutdown;

    /**
     * @param namePrefix what a thread is called while it runs this engine's task (an index follows)
     * @param stackSize  the Java stack each thread reserves
     */
    public ScriptThreads(String namePrefix, long stackSize) {
        this.namePrefix = namePrefix;
        this.pool = poolFor(stackSize);
    }

    private static ThreadPoolExecutor poolFor(long stackSize) {
        ThreadPoolExecutor shared = POOLS.get(stackSize);
        if (shared == null) {
            synchronized (POOLS) {
                shared = POOLS.get(stackSize);
                if (shared == null) {
                    shared = newPool(stackSize);
                    POOLS.put(stackSize, shared);
                }
            }
        }
        return shared;
    }

    private static ThreadPoolExecutor newPool(long stackSize) {
        // An anonymous class, not a lambda: the first lambda of a JVM costs milliseconds of bootstrapping.
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new java.util.concurrent.ThreadFactory() {
                    @Override
                    public Thread newThread(Runnable task) {
                        // no inherited thread locals: the thread serves every engine, not the host that made it
                        Thread t = new ScriptThread(task, IDLE_NAME + THREAD_IDS.incrementAndGet(), stackSize);
                        t.setDaemon(true);
                        return t;
                    }
                });
    }

    /**
     * Runs {@code task} on a script thread.
     *
     * @throws RejectedExecutionException after {@link #shutdownNow()}
     */
    public <T> Future<T> submit(Callable<T> task) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        FutureTask<T> future = new FutureTask<>(task);
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException("the engine is closed");
            }
            pending++;
        }
        try {
            pool.execute(new Runnable() {
                @Override
                public void run() {
                    runOwned(future, loader);
                }
            });
        } catch (RuntimeException | Error e) {
            finished(null);
            throw e;
        }
        return future;
    }

    /** Runs {@code future} as this engine's, then gives the thread back clean. */
    private void runOwned(FutureTask<?> future, ClassLoader loader) {
        Thread self = Thread.currentThread();
        String idleName = self.getName();
        synchronized (this) {
            if (shutdown) {
                self.interrupt(); // closed between submit and start: the run stops at its first check, as it would have
            }
            running.add(self);
        }
        self.setName(namePrefix + (idleName.startsWith(IDLE_NAME) ? idleName.substring(IDLE_NAME.length()) : idleName));
        self.setContextClassLoader(loader);
        try {
            future.run();
        } finally {
            self.setContextClassLoader(null);
            self.setName(idleName);
            finished(self);
            // after finished(): no interrupt meant for this task can come later, and none may reach the next one
            Thread.interrupted();
        }
    }

    private synchronized void finished(Thread thread) {
        if (thread != null) {
            running.remove(thread);
        }
        pending--;
        notifyAll();
    }

    /** Refuses new tasks and interrupts the threads running this engine's tasks. */
    public synchronized void shutdownNow() {
        shutdown = true;
        for (Thread t : running) {
            t.interrupt();
        }
    }

    /** Waits up to {@code millis} until no task of this engine runs; true if none does. */
    public synchronized boolean awaitTermination(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (pending > 0) {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
