package dev.ruff.stdlib.db;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.WorkingDirectory;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;

/** The bodies of the {@code db_*} natives. */
final class DatabaseNatives {
    private DatabaseNatives() {
    }

    static Object connect(NativeCall call) {
        if (!(call.arg(0) instanceof String type) || !(call.arg(1) instanceof String connection)) {
            throw call.error("db_connect requires (type: string, connection: string) arguments");
        }
        DatabaseKind kind = kind(call, type);
        DatabaseKind.Target target;
        try {
            target = kind.target(located(call, kind, connection), confined(call));
        } catch (IllegalArgumentException e) {
            throw call.error("Failed to connect to " + kind.label() + ": " + e.getMessage());
        }
        Connection c;
        try {
            c = driver(kind).connect(target.url(), target.properties());
            if (c == null) {
                throw call.error("Failed to connect to " + kind.label() + ": the driver does not accept " + target.url());
            }
        } catch (SQLException e) {
            throw call.error("Failed to connect to " + kind.label() + ": " + DatabaseHandle.message(e));
        }
        return Resources.track(call, new DatabaseHandle(kind, c, null));
    }

    /**
     * A relative SQLite file resolves against the script's working directory ({@code os_chdir} moves it
     * per engine), like every other file native; {@code :memory:} and {@code file:} URIs pass through.
     */
    private static String located(NativeCall call, DatabaseKind kind, String connection) {
        if (kind != DatabaseKind.SQLITE || connection.isEmpty() || connection.equals(":memory:")) {
            return connection;
        }
        if (connection.startsWith("file:")) {
            if (confined(call)) {
                throw call.error("SQLite file: URIs cannot be checked against the folders file access is confined to; "
                        + "pass the database file's path");
            }
            return connection;
        }
        // the database file is read and written
        return WorkingDirectory.resolve(call, connection, Capability.FS_READ, Capability.FS_WRITE).toString();
    }

    /** Whether the host confined file access to folders (SQL must then not reach other files: ATTACH, VACUUM INTO). */
    static boolean confined(NativeCall call) {
        dev.ruff.spi.FolderGrants grants = call.context().folderGrants();
        return grants.isConfined(Capability.FS_READ) || grants.isConfined(Capability.FS_WRITE);
    }

    private static DatabaseKind kind(NativeCall call, String type) {
        DatabaseKind kind = DatabaseKind.named(type);
        if (kind == null) {
            throw call.error("Unsupported database type: " + type + ". Currently supported: 'sqlite', 'postgres'");
        }
        return kind;
    }

    /** The JDBC driver, instantiated directly so no class loads before the first connection and no DriverManager scan is needed. */
    static Driver driver(DatabaseKind kind) {
        return kind == DatabaseKind.SQLITE ? new org.sqlite.JDBC() : new org.postgresql.Driver();
    }

    static Object execute(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            return db.execute(sql(call), params(call));
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
    }

    static Object query(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            return db.query(sql(call), params(call));
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
    }

    static Object close(NativeCall call) {
        DatabaseHandle db = handle(call);
        db.close();
        Resources.forget(call, db);
        return true;
    }

    static Object begin(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            db.begin();
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
        return true;
    }

    static Object commit(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            db.commit();
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
        return true;
    }

    static Object rollback(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            db.rollback();
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
        return true;
    }

    static Object lastInsertId(NativeCall call) {
        DatabaseHandle db = handle(call);
        try {
            return db.lastInsertId();
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
    }

    static Object pool(NativeCall call) {
        if (!(call.arg(0) instanceof String type) || !(call.arg(1) instanceof String connection)) {
            throw call.error("db_pool requires (type: string, connection: string, config?: dict) arguments");
        }
        DatabaseKind kind = kind(call, type);
        long min = 5;
        long max = 20;
        double timeoutSeconds = 30;
        if (call.count() == 3) {
            if (!(call.arg(2) instanceof RuffDict config)) {
                throw call.error("db_pool config must be a dict");
            }
            min = intOption(call, config, "min_connections", min);
            max = intOption(call, config, "max_connections", max);
            Object t = config.get("connection_timeout");
            if (t instanceof Long l) {
                timeoutSeconds = l;
            } else if (t instanceof Double d) {
                timeoutSeconds = d;
            } else if (t != null) {
                throw call.error("db_pool connection_timeout must be a number of seconds");
            }
        }
        try {
            return Resources.track(call, DatabasePool.open(kind, located(call, kind, connection), confined(call), (int) Math.min(min, Integer.MAX_VALUE),
                    (int) Math.min(max, 10_000), (long) (timeoutSeconds * 1000)));
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
    }

    private static long intOption(NativeCall call, RuffDict config, String key, long fallback) {
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Long l) || l < 0) {
            throw call.error("db_pool " + key + " must be a non-negative int");
        }
        return l;
    }

    static Object poolAcquire(NativeCall call) {
        DatabasePool pool = pool(call, 0);
        try {
            return pool.acquire();
        } catch (DatabaseHandle.Failure e) {
            throw call.error(e.getMessage());
        }
    }

    static Object poolRelease(NativeCall call) {
        DatabasePool pool = pool(call, 0);
        if (!(call.arg(1) instanceof DatabaseHandle db)) {
            throw call.error("db_pool_release requires a database connection as second argument");
        }
        if (db.pool() != pool) {
            throw call.error("db_pool_release: the connection was not acquired from this pool");
        }
        db.close();
        return true;
    }

    static Object poolStats(NativeCall call) {
        return pool(call, 0).stats();
    }

    static Object poolClose(NativeCall call) {
        DatabasePool pool = pool(call, 0);
        pool.close();
        Resources.forget(call, pool);
        return true;
    }

    private static DatabasePool pool(NativeCall call, int i) {
        if (!(call.arg(i) instanceof DatabasePool p)) {
            throw call.error(call.name() + " requires a database pool as first argument");
        }
        return p;
    }

    private static DatabaseHandle handle(NativeCall call) {
        if (!(call.arg(0) instanceof DatabaseHandle db)) {
            throw call.error(call.name() + " requires a database connection as first argument");
        }
        return db;
    }

    private static String sql(NativeCall call) {
        if (!(call.arg(1) instanceof String sql)) {
            throw call.error(call.name() + " requires a SQL string as second argument");
        }
        return sql;
    }

    private static RuffArray params(NativeCall call) {
        if (call.count() < 3) {
            return RuffArray.empty();
        }
        if (!(call.arg(2) instanceof RuffArray params)) {
            throw call.error(call.name() + " parameters must be an array");
        }
        return params;
    }
}
