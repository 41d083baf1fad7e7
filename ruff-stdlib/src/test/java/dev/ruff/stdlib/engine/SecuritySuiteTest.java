package dev.ruff.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffLimitExceeded;
import dev.ruff.spi.Capability;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security suite for the standard library (README "Threat model"): each attack a script can make
 * through natives, with the refusal the host must see, on both backends (and compiled code, which the
 * build's second test run forces). Run limits themselves are covered by {@code SafetyLimitsTest} in
 * ruff-core.
 */
class SecuritySuiteTest {
    @TempDir
    Path dir;

    private String run(BackendType backend, RuffEngine.Builder builder, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder.backend(backend).out(out).err(out).build()) {
            engine.compile(source.replace("DIR", quoted(dir)), "attack.ruff").run();
        }
        return out.toString();
    }

    private static String quoted(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    // ------------------------------------------------------------------ folder confinement

    /** Each line: what the attempt printed, or "denied" for the folder policy's refusal. */
    private static final String PROBE = "func probe(f) { try { print(f()) } except e { "
            + "if starts_with(e.message, \"Access denied\") && contains(e.message, \"outside the folders granted\") "
            + "{ print(\"denied\") } else { print(\"error: \" + e.message) } } }\n";

    /** Attack: read outside the folder the host confined reading to, by ../, an absolute path or a link. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void confinedReadingStaysInsideItsFolder(BackendType backend) throws Exception {
        Path allowed = Files.createDirectories(dir.resolve("allowed"));
        Files.writeString(allowed.resolve("ok.txt"), "inside");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        assumeTrue(posix());
        Files.createSymbolicLink(allowed.resolve("link.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(allowed.resolve("up"), dir);
        Files.createSymbolicLink(allowed.resolve("inner.txt"), Path.of("ok.txt")); // a link staying inside
        String out = run(backend, RuffEngine.builder().denyAll().grant(Capability.FS_READ, allowed), PROBE + """
                probe(func() { return read_file("DIR/allowed/ok.txt") })
                probe(func() { return read_file("DIR/allowed/inner.txt") })
                probe(func() { return len(list_dir("DIR/allowed")) })
                probe(func() { return read_file("DIR/allowed/../secret.txt") })
                probe(func() { return read_file("DIR/secret.txt") })
                probe(func() { return read_file("DIR/allowed/link.txt") })
                probe(func() { return read_file("DIR/allowed/up/secret.txt") })
                probe(func() { return read_file("DIR/allowed/up/allowed/ok.txt") })
                probe(func() { return file_exists("DIR/secret.txt") })
                probe(func() { return list_dir("DIR") })
                probe(func() { return read_binary_file("/etc/hostname") })
                """);
        assertEquals("inside\ninside\n4\ndenied\ndenied\ndenied\ndenied\ninside\ndenied\ndenied\ndenied\n", out);
    }

    /** Attack: write, copy, rename, unzip or open a database outside the folder writing is confined to. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void confinedWritingStaysInsideItsFolder(BackendType backend) throws Exception {
        assumeTrue(posix());
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(in.resolve("data.txt"), "data");
        Files.writeString(dir.resolve("victim.txt"), "original");
        Files.createSymbolicLink(out.resolve("victim-link.txt"), dir.resolve("victim.txt"));
        RuffEngine.Builder builder = RuffEngine.builder().denyAll().grant(Capability.FS_READ, in, out)
                .grant(Capability.FS_WRITE, out).grant(Capability.FS_DELETE, out).grant(Capability.DATABASE);
        String printed = run(backend, builder, PROBE + """
                probe(func() { return write_file("DIR/out/new.txt", "x") })
                probe(func() { return copy_file("DIR/in/data.txt", "DIR/out/copy.txt") })
                probe(func() { return read_file("DIR/out/copy.txt") })
                probe(func() { return write_file("DIR/victim.txt", "owned") })
                probe(func() { return write_file("DIR/out/../victim.txt", "owned") })
                probe(func() { return write_file("DIR/out/victim-link.txt", "owned") })
                probe(func() { return append_file("DIR/out/victim-link.txt", "owned") })
                probe(func() { return copy_file("DIR/in/data.txt", "DIR/victim.txt") })
                probe(func() { return copy_file("DIR/victim.txt", "DIR/out/stolen.txt") })
                probe(func() { return rename_file("DIR/out/new.txt", "DIR/moved.txt") })
                probe(func() { return rename_file("DIR/in/data.txt", "DIR/out/data.txt") })
                probe(func() { return delete_file("DIR/victim.txt") })
                probe(func() { return create_dir("DIR/made") })
                probe(func() { return db_connect("sqlite", "DIR/x.db") })
                probe(func() { return db_connect("sqlite", "file:DIR/x.db") })
                db := db_connect("sqlite", "DIR/out/ok.db")
                probe(func() { return db_execute(db, "ATTACH DATABASE 'DIR/attached.db' AS other") })
                probe(func() { return db_execute(db, "VACUUM INTO 'DIR/vacuumed.db'") })
                """);
        assertEquals("true\ntrue\ndata\ndenied\ndenied\ndenied\ndenied\ndenied\ndenied\ndenied\ndenied\ndenied\n"
                + "denied\ndenied\nerror: SQLite file: URIs cannot be checked against the folders file access is confined to; "
                + "pass the database file's path\n", printed.lines().limit(15).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining()));
        // SQL cannot reach other files either: both statements fail with the database's error
        java.util.List<String> sql = printed.lines().skip(15).toList();
        assertEquals(2, sql.size(), printed);
        assertTrue(sql.stream().allMatch(l -> l.startsWith("error:")), printed);
        assertEquals("original", Files.readString(dir.resolve("victim.txt")));
        assertTrue(Files.isSymbolicLink(out.resolve("victim-link.txt")));
        assertFalse(Files.exists(dir.resolve("moved.txt")));
        assertFalse(Files.exists(dir.resolve("made")));
        assertFalse(Files.exists(dir.resolve("x.db")));
        assertFalse(Files.exists(dir.resolve("attached.db")));
        assertFalse(Files.exists(dir.resolve("vacuumed.db")));
        assertTrue(Files.exists(in.resolve("data.txt")), "rename out of a read-only folder is refused");
    }

    /** Relative paths resolve against the script's working directory before the check. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void confinementChecksRelativePathsFromTheWorkingDirectory(BackendType backend) throws Exception {
        Path allowed = Files.createDirectories(dir.resolve("allowed"));
        Files.writeString(allowed.resolve("ok.txt"), "inside");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        String out = run(backend, RuffEngine.builder().denyAll().grant(Capability.FS_READ, allowed)
                .grant(Capability.FS_WRITE, allowed), PROBE + """
                os_chdir("DIR/allowed")
                probe(func() { return read_file("ok.txt") })
                probe(func() { return read_file("../secret.txt") })
                probe(func() { return read_file("./../allowed/ok.txt") })
                """);
        assertEquals("inside\ndenied\ninside\n", out);
    }

    @org.junit.jupiter.api.Test
    void onlyFileCapabilitiesTakeFolders() {
        assertThrows(IllegalArgumentException.class,
                () -> RuffEngine.builder().grant(Capability.NET_CLIENT, dir));
    }

    // ------------------------------------------------------------------ regular expressions

    /** Attack: a pattern with nested repetition; a backtracking engine takes exponential time. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void catastrophicRegexRunsInLinearTime(BackendType backend) {
        String out = run(backend, RuffEngine.builder().timeout(Duration.ofSeconds(10)), """
                print(regex_match(repeat("a", 30) + "!", "(.*a){20}b"))
                print(regex_match(repeat("a", 5000) + "!", "(a+)+b"))
                print(regex_find_all(repeat("ab", 3), "(a|ab)(c|bcd)?"))
                """);
        assertEquals("false\nfalse\n[a, a, a]\n", out);
    }

    // ------------------------------------------------------------------ capabilities

    /** Attack: copy a file the script may not read into a place it may write (then read it elsewhere). */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void copyingNeedsReadAsWellAsWrite(BackendType backend) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        String script = """
                try { copy_file("DIR/secret.txt", "DIR/copy.txt") } except e { print(e.message) }
                try { io_copy_range("DIR/secret.txt", 0, 3, "DIR/part.txt") } except e { print(e.message) }
                """;
        String out = run(backend, RuffEngine.builder().grant(Capability.FS_WRITE), script);
        assertEquals("Capability denied: filesystem-read required for copy_file; grant it with RuffEngine.builder().grant(Capability.FS_READ)\n"
                + "Capability denied: filesystem-read required for io_copy_range; grant it with RuffEngine.builder().grant(Capability.FS_READ)\n", out);
        assertFalse(Files.exists(dir.resolve("copy.txt")));
    }

    /** Attack: a move deletes its source; with write access only, a rename would delete any file. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void renamingNeedsDelete(BackendType backend) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "keep");
        String out = run(backend, RuffEngine.builder().grant(Capability.FS_WRITE),
                "try { rename_file(\"DIR/keep.txt\", \"DIR/gone.txt\") } except e { print(e.message) }");
        assertEquals("Capability denied: filesystem-delete required for rename_file; grant it with RuffEngine.builder().grant(Capability.FS_DELETE)\n", out);
        assertTrue(Files.exists(dir.resolve("keep.txt")));
    }

    /** Attack: put any readable file into an archive the script may write. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void zippingFilesNeedsRead(BackendType backend) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        String out = run(backend, RuffEngine.builder().grant(Capability.FS_WRITE), """
                z := zip_create("DIR/out.zip")
                try { zip_add_file(z, "DIR/secret.txt") } except e { print(e.message) }
                try { zip_add_dir(z, "DIR") } except e { print(e.message) }
                """);
        assertEquals("Capability denied: filesystem-read required for zip_add_file; grant it with RuffEngine.builder().grant(Capability.FS_READ)\n"
                + "Capability denied: filesystem-read required for zip_add_dir; grant it with RuffEngine.builder().grant(Capability.FS_READ)\n", out);
    }

    /** Attack: read the environment (tokens, keys) with only file-read access. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void environmentNeedsEnvRead(BackendType backend) {
        String out = run(backend, RuffEngine.builder().grant(Capability.FS_READ),
                "try { print(len(os_environ()) >= 0) } except e { print(e.message) }");
        assertEquals("Capability denied: env-read required for os_environ; grant it with RuffEngine.builder().grant(Capability.ENV_READ)\n", out);
    }

    /** Attack: import reads .ruff files next to the script (the host's working folder) in a denyAll engine. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void importsNeedAModuleFolderTheHostGranted(BackendType backend) throws Exception {
        Files.writeString(dir.resolve("payload.ruff"), "export func grab() { return \"loaded\" }\n");
        String source = "from payload import grab\nprint(grab())\n";
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).denyAll().out(out).build()) {
            var script = engine.compile(source, dir.resolve("main.ruff").toString());
            var e = assertThrows(dev.ruff.diag.RuffRuntimeError.class, script::run);
            assertTrue(e.getMessage().contains("imports are disabled"), e.getMessage());
        }
        try (RuffEngine engine = RuffEngine.builder().backend(backend).denyAll().modulePath(dir).out(out).build()) {
            engine.compile(source, dir.resolve("main.ruff").toString()).run();
        }
        assertEquals("loaded\n", out.toString());
    }

    // ------------------------------------------------------------------ files

    /** Attack on confidentiality: a copy of a private file must not be readable by others. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void copyKeepsThePrivateModeOfItsSource(BackendType backend) throws Exception {
        assumeTrue(posix());
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        run(backend, RuffEngine.builder().grantAll(), "copy_file(\"DIR/secret.txt\", \"DIR/copy.txt\")");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("copy.txt"))));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void rewritingKeepsTheTargetsModeAndFollowsSymlinks(BackendType backend) throws Exception {
        assumeTrue(posix());
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        run(backend, RuffEngine.builder().grantAll(), "write_file(\"DIR/link.txt\", \"new\", true)");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void newFilesGetNoMoreThanUmaskAllows(BackendType backend) throws Exception {
        assumeTrue(posix());
        run(backend, RuffEngine.builder().grantAll(), "write_file(\"DIR/new.txt\", \"x\")");
        Path probe = Files.createFile(dir.resolve("probe.txt")); // what the process umask gives a plain file
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir.resolve("new.txt")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void staleTempFilesOfAKilledWriterAreRemoved(BackendType backend) throws Exception {
        Path stale = Files.writeString(dir.resolve(".data.txt.12345.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".data.txt.67890.tmp"), "in progress elsewhere");
        run(backend, RuffEngine.builder().grantAll(), "write_file(\"DIR/data.txt\", \"done\", true)");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a temp file that may belong to a live writer stays");
        assertEquals("done", Files.readString(dir.resolve("data.txt")));
    }

    // ------------------------------------------------------------------ time inside natives

    /** Attack: sleep for a minute (a blocking native) past the run's deadline. */
    /** A stop wakes sleeping code at once (no sleep slice to wait out): close() of a run sleeping on two threads. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closeWakesSleepingScriptsAtOnce(BackendType backend) throws Exception {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            java.util.concurrent.ExecutorService host = java.util.concurrent.Executors.newSingleThreadExecutor();
            RuffEngine engine = RuffEngine.builder().backend(backend).out(new StringWriter()).build();
            try {
                java.util.concurrent.Future<Object> run = host.submit(() -> engine.compile("spawn { sleep(60000) }\nsleep(60000)", "nap.ruff").run());
                long end = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(5_000);
                while (engineThreads(engine).stream().filter(t -> t.getState() == Thread.State.TIMED_WAITING
                        && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("sleepNanos")))
                        .count() < 2) {
                    if (System.nanoTime() > end) {
                        org.junit.jupiter.api.Assertions.fail("no two sleeping threads: " + engineThreads(engine));
                    }
                    Thread.sleep(5);
                }
                long start = System.nanoTime();
                engine.close();
                millis[i] = (System.nanoTime() - start) / 1e6;
                assertEquals(java.util.List.of(), engineThreads(engine).stream().filter(Thread::isAlive).toList());
                Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> run.get(5_000, java.util.concurrent.TimeUnit.MILLISECONDS)).getCause();
                assertTrue(cause instanceof RuffLimitExceeded l && l.limit() == RuffLimitExceeded.Limit.INTERRUPTED, String.valueOf(cause));
            } finally {
                engine.close();
                host.shutdownNow();
            }
        }
        java.util.Arrays.sort(millis);
        System.out.println("[safety] " + backend + " close() of sleeping run ms: " + java.util.Arrays.toString(millis));
        assertTrue(millis[millis.length / 2] <= 100, java.util.Arrays.toString(millis));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void sleepEndsAtTheDeadline(BackendType backend) {
        long start = System.nanoTime();
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).timeout(Duration.ofMillis(300)).build()) {
            var e = assertThrows(RuffLimitExceeded.class,
                    () -> engine.compile("try { sleep(60000) } except e { print(e.message) }", "s.ruff").run());
            assertEquals(RuffLimitExceeded.Limit.TIMEOUT, e.limit());
        }
        assertEquals("", out.toString());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "well before the minute was over");
    }

    // ------------------------------------------------------------------ sizes inside natives

    /** Attack: one native call that builds a huge value. */
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void nativesObeyTheSizeLimits(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).maxStringLength(100_000)
                .maxCollectionSize(100_000).build()) {
            var e = assertThrows(RuffLimitExceeded.class,
                    () -> engine.compile("try { repeat(\"ab\", 60000) } except e { print(\"caught\") }", "a.ruff").run());
            assertEquals(RuffLimitExceeded.Limit.STRING_LENGTH, e.limit());
            e = assertThrows(RuffLimitExceeded.class,
                    () -> engine.compile("x := join(range(0, 90000), \"--\")", "b.ruff").run());
            assertEquals(RuffLimitExceeded.Limit.STRING_LENGTH, e.limit());
        }
        assertEquals("", out.toString());
    }

    private static java.util.List<Thread> engineThreads(RuffEngine engine) {
        String prefix = dev.ruff.exec.EngineInternals.async(engine).threadPrefix();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }
}
