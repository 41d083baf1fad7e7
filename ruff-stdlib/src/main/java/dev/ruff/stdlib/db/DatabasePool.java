package dev.ruff.stdlib.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffHandle;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection pool ({@code type()} is {@code databasepool}) on HikariCP. {@code min_connections}
 * becomes Hikari's minimum idle count, {@code max_connections} its pool size and
 * {@code connection_timeout} (seconds) how long {@code db_pool_acquire} waits for a free connection.
 */
final class DatabasePool implements RuffHandle, AutoCloseable {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final DatabaseKind kind;
    private final HikariDataSource source;
    private final int max;

    private DatabasePool(DatabaseKind kind, HikariDataSource source, int max) {
        this.kind = kind;
        this.source = source;
        this.max = max;
    }

    /** Opens the pool; its first connection is made now, so a bad target fails here. */
    static DatabasePool open(DatabaseKind kind, String connection, int min, int max, long timeoutMillis)
            throws DatabaseHandle.Failure {
        return open(kind, connection, false, min, max, timeoutMillis);
    }

    /** Opens the pool; {@code confined}: see {@link DatabaseKind#target(String, boolean)}. */
    static DatabasePool open(DatabaseKind kind, String connection, boolean confined, int min, int max, long timeoutMillis)
            throws DatabaseHandle.Failure {
        if (min > max) {
            throw new DatabaseHandle.Failure(
                    "Failed to create connection pool: min_connections cannot be greater than max_connections");
        }
        if (max < 1) {
            throw new DatabaseHandle.Failure("Failed to create connection pool: max_connections must be at least 1");
        }
        HikariConfig config = new HikariConfig();
        DatabaseKind.Target target;
        try {
            target = kind.target(connection, confined);
        } catch (IllegalArgumentException e) {
            throw new DatabaseHandle.Failure("Failed to create connection pool: " + e.getMessage());
        }
        config.setJdbcUrl(target.url());
        config.setDataSourceProperties(target.properties());
        config.setPoolName("ruff-db-pool-" + IDS.incrementAndGet());
        config.setMinimumIdle(Math.max(0, min));
        config.setMaximumPoolSize(max);
        // Hikari's floor is 250 ms, and 0 would mean "wait forever"
        config.setConnectionTimeout(Math.max(250, timeoutMillis));
        config.setAutoCommit(true);
        config.setDriverClassName(DatabaseNatives.driver(kind).getClass().getName());
        try {
            return new DatabasePool(kind, new HikariDataSource(config), max);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DatabaseHandle.Failure("Failed to create connection pool: "
                    + (cause instanceof SQLException s ? DatabaseHandle.message(s) : String.valueOf(cause.getMessage())));
        }
    }

    DatabaseHandle acquire() throws DatabaseHandle.Failure {
        if (source.isClosed()) {
            throw new DatabaseHandle.Failure("Failed to acquire connection: Connection pool is closed");
        }
        try {
            return new DatabaseHandle(kind, source.getConnection(), this);
        } catch (SQLTransientConnectionException e) {
            throw new DatabaseHandle.Failure(
                    "Failed to acquire connection: Connection pool timeout: all connections are in use");
        } catch (SQLException e) {
            throw new DatabaseHandle.Failure("Failed to acquire connection: " + DatabaseHandle.message(e));
        }
    }

    RuffDict stats() {
        RuffDict d = new RuffDict();
        HikariPoolMXBean bean = source.isClosed() ? null : source.getHikariPoolMXBean();
        long active = bean == null ? 0 : bean.getActiveConnections();
        long idle = bean == null ? 0 : bean.getIdleConnections();
        d.putInPlace("available", idle);
        d.putInPlace("in_use", active);
        d.putInPlace("total", active + idle);
        d.putInPlace("max", (long) max);
        return d;
    }

    @Override
    public void close() {
        source.close();
    }

    @Override
    public String typeName() {
        return "databasepool";
    }

    @Override
    public String debug() {
        return "DatabasePool(" + kind.label() + ")";
    }
}
