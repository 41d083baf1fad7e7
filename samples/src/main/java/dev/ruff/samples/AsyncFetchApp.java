package dev.ruff.samples;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.spi.Capability;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An async I/O application: a Ruff script ({@code samples/fetch/fetch_all.ruff}) fetches several local files
 * and URLs concurrently, and all of that async work runs on the host's own executor (threads named
 * {@code fetch-worker-N}), so the application keeps one thread budget for its work and its scripts. The
 * engine is granted exactly what the script needs: reading files and HTTP client access.
 *
 * <pre>java -cp … dev.ruff.samples.AsyncFetchApp samples/fetch/fetch_all.ruff README.md http://localhost:8080/</pre>
 */
public final class AsyncFetchApp {
    private AsyncFetchApp() {
    }

    /**
     * Runs {@code script} with {@code sources} as its arguments on {@code executor}; returns how many sources
     * it fetched (the script's last expression).
     */
    public static long fetchAll(Path script, List<String> sources, ExecutorService executor, Writer out)
            throws IOException {
        try (RuffEngine engine = RuffEngine.builder()
                .grant(Capability.FS_READ, Capability.NET_CLIENT)
                .executor(executor)
                .out(out)
                .build()) {
            RuffContext context = engine.newContext();
            context.setScriptArgs(sources);
            return (Long) engine.compile(script).run(context);
        }
    }

    /** A fixed pool of named worker threads, as an application would own. */
    public static ExecutorService workers(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fetch-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code AsyncFetchApp SCRIPT SOURCE…}. */
    public static void main(String[] args) throws IOException {
        ExecutorService pool = workers(4);
        try {
            PrintWriter out = new PrintWriter(System.out, true);
            long n = fetchAll(Path.of(args[0]), List.of(args).subList(1, args.length), pool, out);
            out.println("fetched " + n + " sources");
        } finally {
            pool.shutdown();
        }
    }
}
