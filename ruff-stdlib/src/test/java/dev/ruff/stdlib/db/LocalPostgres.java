package dev.ruff.stdlib.db;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, started from the operating system's PostgreSQL binaries
 * (Debian package {@code postgresql}; {@code .ci/run} installs it): a fresh cluster in a temporary
 * folder, trust authentication, listening on 127.0.0.1 on a free port, stopped and deleted by
 * {@link #close()}. PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} user.
 */
final class LocalPostgres implements AutoCloseable {
    private final Path bin;
    private final Path base;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path base, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The folder holding {@code initdb} and {@code pg_ctl}, or {@code null} when PostgreSQL is not installed. */
    static Path findBinaries() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path initdb = Path.of(dir, "initdb");
                if (!dir.isEmpty() && Files.isExecutable(initdb) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                    return Path.of(dir);
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("ruff-pg-");
        if (root) {
            // the postgres user must be able to create the cluster and its socket here
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(bin, base, port, root);
        try {
            pg.run(List.of(bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", "ruff",
                    "--auth=trust", "--encoding=UTF8", "--no-sync"), 120);
            pg.run(List.of(bin.resolve("pg_ctl").toString(), "-D", pg.data.toString(), "-w", "-t", "60",
                    "-l", base.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + base + " -h 127.0.0.1 -F", "start"), 90);
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
        return pg;
    }

    /** A Ruff connection URL for the {@code postgres} database as the superuser {@code ruff}. */
    String url() {
        return "postgres://ruff@127.0.0.1:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    private void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), 60);
            }
        } catch (IOException | InterruptedException ignored) {
            // best effort: the folder goes below either way
        } finally {
            try (Stream<Path> all = Files.walk(base)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary folder is harmless
            }
        }
    }
}
