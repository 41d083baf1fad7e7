package dev.ruff.stdlib.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one child process with a timeout and capped, concurrently drained output. */
final class ProcessRunner {

    /** What a finished (or killed) child left behind. */
    record Outcome(int exitCode, byte[] stdout, byte[] stderr, boolean timedOut,
                   boolean stdoutTruncated, boolean stderrTruncated) {
        boolean success() {
            return exitCode == 0 && !timedOut;
        }

        boolean truncated() {
            return stdoutTruncated || stderrTruncated;
        }
    }

    private ProcessRunner() {
    }

    /**
     * Starts {@code argv}; the child gets {@code stdin} (or an immediately closed input). A child that
     * overruns its output cap is killed, since nobody will read the rest.
     */
    static Outcome run(List<String> argv, byte[] stdin, ProcessOptions options, Map<String, String> inheritedEnv,
                       Path workingDirectory) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDirectory.toFile());
        options.applyTo(pb.environment(), inheritedEnv);
        Process process = pb.start();
        CappedReader out = new CappedReader(process.getInputStream(), options.maxOutputBytes(), process);
        CappedReader err = new CappedReader(process.getErrorStream(), options.maxOutputBytes(), process);
        Thread feeder = feed(process.getOutputStream(), stdin);
        boolean finished;
        try {
            finished = process.waitFor(options.timeoutMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the process");
        }
        if (!finished) {
            kill(process);
        }
        // a grandchild may keep the pipes open after the child ended: do not wait for it forever
        out.joinQuietly(2000);
        err.joinQuietly(2000);
        feeder.interrupt();
        boolean killed = !finished || out.truncated || err.truncated;
        int code = killed ? -1 : process.exitValue();
        return new Outcome(code, out.bytes(), err.bytes(), !finished, out.truncated, err.truncated);
    }

    /** Kills the child and whatever it started. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Thread feed(OutputStream stdin, byte[] data) {
        Thread t = new Thread(() -> {
            try (stdin) {
                if (data != null) {
                    stdin.write(data);
                }
            } catch (IOException ignored) {
                // the child closed its input early (e.g. `head`): the rest is not wanted
            }
        }, "ruff-process-stdin");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Drains one output stream on its own thread, keeping at most {@code cap} bytes. */
    private static final class CappedReader extends Thread {
        private final InputStream in;
        private final int cap;
        private final Process process;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean truncated;

        CappedReader(InputStream in, int cap, Process process) {
            super("ruff-process-output");
            this.in = in;
            this.cap = cap;
            this.process = process;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try (in) {
                for (int r; (r = in.read(buf)) > 0; ) {
                    int room = cap - kept.size();
                    kept.write(buf, 0, Math.min(room, r));
                    if (r > room) {
                        truncated = true;
                        kill(process);
                        return;
                    }
                }
            } catch (IOException ignored) {
                // stream closed because the process was killed: keep what was read
            }
        }

        byte[] bytes() {
            synchronized (kept) {
                return kept.toByteArray();
            }
        }

        void joinQuietly(long millis) {
            try {
                join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
