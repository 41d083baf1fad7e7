package dev.ruff.stdlib.server;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A script that calls {@code .listen()}, run on its own thread until {@link #close()} closes its engine. */
final class ServingScript implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Server listening on http://([^\\s]+)");

    private final RuffEngine engine;
    private final StringWriter out = new StringWriter();
    private final Thread thread;
    private volatile Throwable failure;

    ServingScript(BackendType backend, String source) {
        engine = RuffEngine.builder().backend(backend).grantAll().out(out).err(out).build();
        thread = new Thread(() -> {
            try {
                engine.eval(source);
            } catch (Throwable t) {
                failure = t;
            }
        }, "serving-script");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code http://host:port} once the script listens. */
    String baseUrl() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(output());
            if (m.find()) {
                return "http://" + m.group(1);
            }
            if (failure != null) {
                throw new AssertionError("script failed before listening: " + failure, failure);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("script never listened; output:\n" + output());
    }

    String output() {
        synchronized (out) {
            return out.toString();
        }
    }

    /** Whether the script's thread has ended (its listen() returned). */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    @Override
    public void close() {
        engine.close();
    }
}
