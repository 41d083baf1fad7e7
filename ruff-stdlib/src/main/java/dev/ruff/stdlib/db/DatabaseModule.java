package dev.ruff.stdlib.db;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code db_*}: SQLite (embedded; a file path or {@code :memory:}) and PostgreSQL through JDBC, with
 * bound parameters, explicit transactions and HikariCP pools. Every native needs {@code database}.
 * Drivers load on the first call, not when the module registers.
 */
public final class DatabaseModule implements RuffModule {

    @Override
    public String name() {
        return "database";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability db = Capability.DATABASE;
        r.function("db_connect(type, connection)", Arity.exact(2), db,
                "Opens a database: db_connect(\"sqlite\", path_or_memory) or db_connect(\"postgres\", url).",
                DatabaseNatives::connect);
        r.function("db_execute(db, sql, params?)", Arity.range(2, 3), db,
                "Runs a statement with bound parameters; returns the number of rows affected.",
                DatabaseNatives::execute);
        r.function("db_query(db, sql, params?)", Arity.range(2, 3), db,
                "Runs a query with bound parameters; returns an array of dicts keyed by column name.",
                DatabaseNatives::query);
        r.function("db_close(db)", Arity.exact(1), db, "Closes a connection (rolling back an open transaction).",
                DatabaseNatives::close);
        r.function("db_begin(db)", Arity.exact(1), db, "Starts a transaction; a second begin is an error.",
                DatabaseNatives::begin);
        r.function("db_commit(db)", Arity.exact(1), db, "Commits the open transaction.", DatabaseNatives::commit);
        r.function("db_rollback(db)", Arity.exact(1), db, "Rolls back the open transaction.", DatabaseNatives::rollback);
        r.function("db_last_insert_id(db)", Arity.exact(1), db,
                "The id of the last inserted row (SQLite rowid, PostgreSQL lastval()).",
                DatabaseNatives::lastInsertId);
        r.function("db_pool(type, connection, config?)", Arity.range(2, 3), db,
                "A connection pool: db_pool(type, connection, {min_connections, max_connections, connection_timeout}).",
                DatabaseNatives::pool);
        r.function("db_pool_acquire(pool)", Arity.exact(1), db, "Takes a connection from a pool, waiting up to its timeout.",
                DatabaseNatives::poolAcquire);
        r.function("db_pool_release(pool, db)", Arity.exact(2), db, "Returns a connection to its pool.",
                DatabaseNatives::poolRelease);
        r.function("db_pool_stats(pool)", Arity.exact(1), db, "A pool's {available, in_use, total, max} connection counts.",
                DatabaseNatives::poolStats);
        r.function("db_pool_close(pool)", Arity.exact(1), db, "Closes a pool and its connections.",
                DatabaseNatives::poolClose);
    }
}
