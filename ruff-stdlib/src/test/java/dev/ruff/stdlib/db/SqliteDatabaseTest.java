package dev.ruff.stdlib.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code db_*} natives on the embedded SQLite database, through both backends. */
class SqliteDatabaseTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void rowsComeBackAsDictsOfRuffValues(BackendType backend) {
        assertEquals("""
                1
                [{"blob": [blob], "id": 1, "name": Ann, "note": null, "score": 2.5}]
                int float string null string
                """, Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, note TEXT, blob BLOB)")
                print(db_execute(db, "INSERT INTO t (name, score, note, blob) VALUES (?, ?, ?, x'0102')", ["Ann", 2.5, null]))
                rows := db_query(db, "SELECT * FROM t")
                print(rows)
                r := rows[0]
                print(type(r["id"]) + " " + type(r["score"]) + " " + type(r["name"]) + " " + type(r["note"]) + " " + type(r["blob"]))
                db_close(db)
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void parametersAreBoundNeverSpliced(BackendType backend) {
        assertEquals("1\nRobert'); DROP TABLE students;--\n1\n", Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE students (name TEXT)", [])
                evil := "Robert'); DROP TABLE students;--"
                print(db_execute(db, "INSERT INTO students (name) VALUES (?)", [evil]))
                print(db_query(db, "SELECT name FROM students WHERE name = ?", [evil])[0]["name"])
                print(db_query(db, "SELECT COUNT(*) AS n FROM students", [])[0]["n"])
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void rowsAffectedCountsUpdatedRows(BackendType backend) {
        assertEquals("3\n2\n0\n", Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE n (v INTEGER)")
                print(db_execute(db, "INSERT INTO n (v) VALUES (1), (2), (3)"))
                print(db_execute(db, "UPDATE n SET v = v * 10 WHERE v > ?", [1]))
                print(db_execute(db, "DELETE FROM n WHERE v > ?", [1000]))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void transactionGuardsUseUpstreamWords(BackendType backend) {
        assertEquals("""
                No transaction in progress. Use db_begin() first.
                No transaction in progress. Use db_begin() first.
                true
                Transaction already in progress. Commit or rollback first.
                true
                0
                """, Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE t (v INTEGER)", [])
                try { db_commit(db) } except e { print(e.message) }
                try { db_rollback(db) } except e { print(e.message) }
                print(db_begin(db))
                try { db_begin(db) } except e { print(e.message) }
                db_execute(db, "INSERT INTO t VALUES (1)", [])
                print(db_rollback(db))
                print(db_query(db, "SELECT COUNT(*) AS c FROM t", [])[0]["c"])
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void driverErrorsCarrySqlitesOwnWords(BackendType backend) {
        String out = Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE p (sku TEXT UNIQUE)", [])
                db_execute(db, "INSERT INTO p VALUES (?)", ["A"])
                try { db_execute(db, "INSERT INTO p VALUES (?)", ["A"]) } except e { print(e.message) }
                try { db_query(db, "SELEC nonsense", []) } except e { print(e.message) }
                try { db_execute(db, "INSERT INTO missing VALUES (1)", []) } except e { print(e.message) }
                """);
        String[] lines = out.split("\n");
        assertEquals("SQLite execution error: UNIQUE constraint failed: p.sku", lines[0]);
        assertTrue(lines[1].startsWith("SQLite prepare error: ") && lines[1].contains("syntax error"), lines[1]);
        assertEquals("SQLite execution error: no such table: missing", lines[2]);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void argumentShapeErrors(BackendType backend) {
        assertEquals("Unsupported database type: oracle. Currently supported: 'sqlite', 'postgres'",
                Scripts.error(backend, "db_connect(\"oracle\", \"x\")"));
        assertEquals("db_execute requires a database connection as first argument",
                Scripts.error(backend, "db_execute(1, \"SELECT 1\")"));
        assertEquals("db_query parameters must be an array",
                Scripts.error(backend, "db_query(db_connect(\"sqlite\", \":memory:\"), \"SELECT ?\", 5)"));
        assertEquals("db_connect expects 2 arguments, got 1", Scripts.error(backend, "db_connect(\"sqlite\")"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void lastInsertIdFollowsTheRowid(BackendType backend) {
        assertEquals("1\n2\n", Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                db_execute(db, "CREATE TABLE o (id INTEGER PRIMARY KEY AUTOINCREMENT, p TEXT)", [])
                db_execute(db, "INSERT INTO o (p) VALUES (?)", ["a"])
                print(db_last_insert_id(db))
                db_execute(db, "INSERT INTO o (p) VALUES (?)", ["b"])
                print(db_last_insert_id(db))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void fileDatabaseKeepsCommittedRowsAndLosesUncommittedOnesWhenTheEngineEnds(BackendType backend,
                                                                                 @TempDir Path dir) {
        String file = dir.resolve("shop.db").toString().replace("\\", "/");
        Scripts.run(backend, """
                db := db_connect("sqlite", "%s")
                db_execute(db, "CREATE TABLE t (v INTEGER)", [])
                db_execute(db, "INSERT INTO t VALUES (1)", [])
                db_begin(db)
                db_execute(db, "INSERT INTO t VALUES (2)", [])
                """.formatted(file));
        assertEquals("1\n", Scripts.run(backend, """
                db := db_connect("sqlite", "%s")
                print(db_query(db, "SELECT COUNT(*) AS c FROM t", [])[0]["c"])
                """.formatted(file)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void relativeFilesResolveAgainstTheScriptsWorkingDirectory(BackendType backend, @TempDir Path dir) {
        Scripts.run(backend, """
                os_chdir("%s")
                db := db_connect("sqlite", "relative.db")
                db_execute(db, "CREATE TABLE t (v INTEGER)", [])
                db_close(db)
                """.formatted(dir.toString().replace("\\", "/")));
        assertTrue(java.nio.file.Files.exists(dir.resolve("relative.db")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void closedConnectionRefusesWork(BackendType backend) {
        assertEquals("true\nDatabase connection is closed\n", Scripts.run(backend, """
                db := db_connect("sqlite", ":memory:")
                print(db_close(db))
                try { db_query(db, "SELECT 1", []) } except e { print(e.message) }
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void poolHandsOutConnectionsUpToItsMaximum(BackendType backend, @TempDir Path dir) {
        String file = dir.resolve("pool.db").toString().replace("\\", "/");
        assertEquals("""
                2 0
                1 1
                2 2
                Failed to acquire connection: Connection pool timeout: all connections are in use
                1
                1 1
                true
                """, Scripts.run(backend, """
                pool := db_pool("sqlite", "%s", {"min_connections": 0, "max_connections": 2, "connection_timeout": 0.3})
                s := db_pool_stats(pool)
                print(str(s["max"]) + " " + str(s["in_use"]))
                a := db_pool_acquire(pool)
                db_execute(a, "CREATE TABLE IF NOT EXISTS t (v INTEGER)", [])
                db_execute(a, "INSERT INTO t VALUES (?)", [7])
                s = db_pool_stats(pool)
                print(str(s["in_use"]) + " " + str(s["total"] - s["available"]))
                b := db_pool_acquire(pool)
                s = db_pool_stats(pool)
                print(str(s["in_use"]) + " " + str(s["total"]))
                try { db_pool_acquire(pool) } except e { print(e.message) }
                print(db_query(b, "SELECT COUNT(*) AS c FROM t", [])[0]["c"])
                db_pool_release(pool, a)
                s = db_pool_stats(pool)
                print(str(s["in_use"]) + " " + str(s["total"] - s["available"]))
                print(db_pool_close(pool))
                """.formatted(file)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void poolConfigurationIsChecked(BackendType backend) {
        assertEquals("Failed to create connection pool: min_connections cannot be greater than max_connections",
                Scripts.error(backend, """
                        db_pool("sqlite", ":memory:", {"min_connections": 5, "max_connections": 2})
                        """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void everyDbNativeNeedsTheDatabaseCapability(BackendType backend) {
        assertEquals("Capability denied: database required for db_connect; "
                + "grant it with RuffEngine.builder().grant(Capability.DATABASE)\n",
                Scripts.runGranting(backend, """
                        try { db_connect("sqlite", ":memory:") } except e { print(e.message) }
                        """, Capability.CLOCK));
    }
}
