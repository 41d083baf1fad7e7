package dev.ruff.stdlib.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.stdlib.Scripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code db_*} natives against a real PostgreSQL server that the test starts from the installed
 * binaries. Where PostgreSQL is not installed the tests are skipped (CI installs it, see {@code .ci/run});
 * set {@code RUFF_REQUIRE_POSTGRES=1} to make its absence a failure instead.
 */
@Timeout(300)
class PostgresDatabaseTest {
    private static LocalPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        java.nio.file.Path bin = LocalPostgres.findBinaries();
        if (bin == null && "1".equals(System.getenv("RUFF_REQUIRE_POSTGRES"))) {
            throw new AssertionError("RUFF_REQUIRE_POSTGRES=1 but no PostgreSQL binaries (initdb, pg_ctl) were found");
        }
        Assumptions.assumeTrue(bin != null, "PostgreSQL binaries (initdb, pg_ctl) not installed");
        server = LocalPostgres.start(bin);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static String run(BackendType backend, String body) {
        return Scripts.run(backend, "url := \"" + server.url() + "\"\n" + body);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void queriesReturnRuffValuesWithBoundParameters(BackendType backend) {
        String table = "items_" + backend.name().toLowerCase();
        assertEquals("""
                1
                1
                [{"id": 1, "name": O'Brien; DROP TABLE x, "note": null, "ok": true, "price": 2.5, "qty": 3}]
                int float bool
                """, run(backend, """
                db := db_connect("postgres", url)
                db_execute(db, "DROP TABLE IF EXISTS %1$s", [])
                db_execute(db, "CREATE TABLE %1$s (id SERIAL PRIMARY KEY, name TEXT, price DOUBLE PRECISION, qty INTEGER, ok BOOLEAN, note TEXT)", [])
                print(db_execute(db, "INSERT INTO %1$s (name, price, qty, ok, note) VALUES (?, ?, ?, ?, ?)", ["O'Brien; DROP TABLE x", 2.5, 3, true, null]))
                print(db_last_insert_id(db))
                rows := db_query(db, "SELECT id, name, price, qty, ok, note FROM %1$s", [])
                print(rows)
                print(type(rows[0]["qty"]) + " " + type(rows[0]["price"]) + " " + type(rows[0]["ok"]))
                db_close(db)
                """.formatted(table)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void transactionsCommitAndRollBack(BackendType backend) {
        String table = "acct_" + backend.name().toLowerCase();
        assertEquals("""
                Transaction already in progress. Commit or rollback first.
                1
                2
                No transaction in progress. Use db_begin() first.
                """, run(backend, """
                db := db_connect("postgresql", url)
                db_execute(db, "DROP TABLE IF EXISTS %1$s", [])
                db_execute(db, "CREATE TABLE %1$s (v INTEGER)", [])
                db_execute(db, "INSERT INTO %1$s VALUES (?)", [1])
                db_begin(db)
                try { db_begin(db) } except e { print(e.message) }
                db_execute(db, "INSERT INTO %1$s VALUES (?)", [2])
                db_rollback(db)
                print(db_query(db, "SELECT COUNT(*) AS c FROM %1$s", [])[0]["c"])
                db_begin(db)
                db_execute(db, "INSERT INTO %1$s VALUES (?)", [3])
                db_commit(db)
                print(db_query(db, "SELECT COUNT(*) AS c FROM %1$s", [])[0]["c"])
                try { db_commit(db) } except e { print(e.message) }
                """.formatted(table)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void serverErrorsArePrefixedAndCatchable(BackendType backend) {
        String out = run(backend, """
                db := db_connect("postgres", url)
                try { db_execute(db, "INSERT INTO no_such_table VALUES (1)", []) } except e { print(e.message) }
                try { db_query(db, "SELECT * FROM no_such_table", []) } except e { print(e.message) }
                try { db_last_insert_id(db_connect("postgres", url)) } except e { print(e.message) }
                """);
        String[] lines = out.split("\n");
        assertTrue(lines[0].startsWith("PostgreSQL execution error: ") && lines[0].contains("no_such_table"), lines[0]);
        assertTrue(lines[1].startsWith("PostgreSQL query error: ") && lines[1].contains("no_such_table"), lines[1]);
        assertEquals("No last insert ID available", lines[2]);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void connectionFailureNamesTheServer(BackendType backend) {
        String message = Scripts.error(backend, "db_connect(\"postgres\", \"postgres://ruff@127.0.0.1:1/postgres\")");
        assertTrue(message.startsWith("Failed to connect to PostgreSQL: "), message);
    }

    @Test
    void libpqKeywordStringsConnectToo() {
        assertEquals("1\n", Scripts.run(BackendType.VM, """
                db := db_connect("postgres", "host=127.0.0.1 port=%d user=ruff dbname=postgres")
                print(db_query(db, "SELECT 1 AS one", [])[0]["one"])
                """.formatted(server.port())));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void hikariPoolSharesConnectionsAndTimesOut(BackendType backend) {
        String table = "pooled_" + backend.name().toLowerCase();
        assertEquals("""
                3
                Failed to acquire connection: Connection pool timeout: all connections are in use
                2 3
                true
                """, run(backend, """
                pool := db_pool("postgres", url, {"min_connections": 1, "max_connections": 3, "connection_timeout": 0.5})
                a := db_pool_acquire(pool)
                b := db_pool_acquire(pool)
                c := db_pool_acquire(pool)
                db_execute(a, "DROP TABLE IF EXISTS %1$s", [])
                db_execute(a, "CREATE TABLE %1$s (v INTEGER)", [])
                db_execute(b, "INSERT INTO %1$s VALUES (1), (2), (3)", [])
                print(db_query(c, "SELECT COUNT(*) AS n FROM %1$s", [])[0]["n"])
                try { db_pool_acquire(pool) } except e { print(e.message) }
                db_pool_release(pool, c)
                s := db_pool_stats(pool)
                print(str(s["in_use"]) + " " + str(s["max"]))
                print(db_pool_close(pool))
                """.formatted(table)));
    }
}
