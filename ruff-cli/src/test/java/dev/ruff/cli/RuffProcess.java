package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code target/ruff.jar} running as a child process, with its standard streams either
 * pipes or (through util-linux {@code script}) a pseudo-terminal. For the integration tests.
 */
final class RuffProcess implements AutoCloseable {
    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outPump;
    private final Thread errPump;

    private RuffProcess(Process process) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out);
        this.errPump = pump(process.getErrorStream(), err);
    }

    /** What a finished run produced. */
    record Result(int exitCode, String out, String err) {
    }

    /** The jar under test; the build makes it in {@code package}, before the integration tests run. */
    static Path jar() {
        Path jar = Path.of("target", "ruff.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run the integration tests after packaging: no " + jar);
        return jar;
    }

    /** {@code java -Duser.home=HOME -jar ruff.jar ARGS…}. */
    static List<String> command(Path home, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + home);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        return command;
    }

    /** Starts ruff with pipes for its streams. */
    static RuffProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(workDir, List.of(args))).directory(workDir.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(env);
        return new RuffProcess(builder.start());
    }

    /** Whether util-linux {@code script} is there to give a child a pseudo-terminal. */
    static boolean canUseTerminal() {
        try {
            Process p = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts ruff on a pseudo-terminal (80x24): stdin, stdout and stderr are all the terminal, whose
     * output (echo included) arrives on {@link #out()}; the exit status is ruff's.
     */
    static RuffProcess startOnTerminal(Path workDir, Map<String, String> env, String... args) throws IOException {
        StringBuilder shell = new StringBuilder("stty cols 80 rows 24; exec");
        for (String word : command(workDir, List.of(args))) {
            shell.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qefc", shell.toString(), "/dev/null")
                .directory(workDir.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm");
        builder.environment().putAll(env);
        return new RuffProcess(builder.start());
    }

    /** Runs ruff to its end with {@code stdin} piped in. */
    static Result run(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        try (RuffProcess p = start(workDir, Map.of(), args)) {
            p.write(stdin);
            p.closeInput();
            return p.awaitExit(Duration.ofSeconds(60));
        }
    }

    /** Types {@code text} into the child's standard input. */
    void write(String text) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits until standard output contains {@code text} {@code times} times; fails after {@code timeout}. */
    String awaitOutput(String text, int times, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String now = out();
            if (now.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return now;
            }
            Thread.sleep(20);
        }
        fail("no " + times + "x '" + text + "' within " + timeout + "; output so far:\n" + out() + "\nstderr:\n" + err());
        return null;
    }

    String awaitOutput(String text, Duration timeout) throws InterruptedException {
        return awaitOutput(text, 1, timeout);
    }

    /** Waits for the child to end and both streams to be read to their end. */
    Result awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("ruff did not exit within " + timeout + "; output so far:\n" + out() + "\nstderr:\n" + err());
        }
        outPump.join(10_000);
        errPump.join(10_000);
        return new Result(process.exitValue(), out(), err());
    }

    /**
     * Sends SIGTERM with {@code kill}: {@link Process#destroy()} would send it too, but it also closes
     * our ends of the child's pipes, losing what the child flushes as it goes.
     */
    void terminate() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -TERM failed");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String out() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    String err() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Thread pump(InputStream from, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the child went away; what was read is what there is
            }
        }, "ruff-process-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
