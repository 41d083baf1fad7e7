package dev.ruff.stdlib.db;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An open database connection ({@code type()} is {@code database}, displayed {@code <unknown>}). All
 * access is serialised on the handle, since a script may share it with spawned tasks. An open
 * transaction is rolled back when the handle is closed, as upstream does when the interpreter ends.
 */
final class DatabaseHandle implements RuffHandle, AutoCloseable {
    /** A failure with the script-facing message already composed. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final DatabaseKind kind;
    private final Connection connection;
    /** The pool this connection was acquired from, or {@code null} for {@code db_connect}. */
    private final DatabasePool pool;
    private boolean inTransaction;
    private boolean closed;

    DatabaseHandle(DatabaseKind kind, Connection connection, DatabasePool pool) {
        this.kind = kind;
        this.connection = connection;
        this.pool = pool;
    }

    DatabaseKind kind() {
        return kind;
    }

    DatabasePool pool() {
        return pool;
    }

    synchronized long execute(String sql, RuffArray params) throws Failure {
        PreparedStatement st = prepare(sql, "execution");
        try (st) {
            SqlValues.bind(st, params);
            if (st.execute()) {
                return 0;
            }
            return Math.max(0, st.getUpdateCount());
        } catch (SQLException e) {
            throw new Failure(kind.label() + " execution error: " + message(e));
        }
    }

    synchronized RuffArray query(String sql, RuffArray params) throws Failure {
        PreparedStatement st = prepare(sql, "prepare");
        try (st) {
            SqlValues.bind(st, params);
            if (!st.execute()) {
                return RuffArray.empty();
            }
            try (ResultSet rs = st.getResultSet()) {
                return SqlValues.rows(rs);
            }
        } catch (SQLException e) {
            throw new Failure(kind.label() + " query error: " + message(e));
        }
    }

    private PreparedStatement prepare(String sql, String stage) throws Failure {
        checkOpen();
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new Failure(kind.label() + " " + stage + " error: " + message(e));
        }
    }

    synchronized void begin() throws Failure {
        checkOpen();
        if (inTransaction) {
            throw new Failure("Transaction already in progress. Commit or rollback first.");
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new Failure("Failed to begin transaction: " + message(e));
        }
        inTransaction = true;
    }

    synchronized void commit() throws Failure {
        checkOpen();
        if (!inTransaction) {
            throw new Failure("No transaction in progress. Use db_begin() first.");
        }
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new Failure("Failed to commit transaction: " + message(e));
        }
        inTransaction = false;
    }

    synchronized void rollback() throws Failure {
        checkOpen();
        if (!inTransaction) {
            throw new Failure("No transaction in progress. Use db_begin() first.");
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new Failure("Failed to rollback transaction: " + message(e));
        }
        inTransaction = false;
    }

    synchronized long lastInsertId() throws Failure {
        checkOpen();
        String sql = kind == DatabaseKind.SQLITE ? "SELECT last_insert_rowid()" : "SELECT lastval()";
        // A failed lastval() aborts a PostgreSQL transaction; a savepoint keeps the script's transaction usable.
        java.sql.Savepoint savepoint = null;
        try (Statement st = connection.createStatement()) {
            if (inTransaction && kind == DatabaseKind.POSTGRES) {
                savepoint = connection.setSavepoint();
            }
            try (ResultSet rs = st.executeQuery(sql)) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            throw new Failure("No last insert ID available");
        } catch (SQLException e) {
            if (savepoint != null) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException ignored) {
                    // the transaction was already unusable; the script's commit will report it
                }
            }
            throw new Failure("No last insert ID available");
        }
    }

    /** Whether a transaction is open (for returning pooled connections clean). */
    synchronized boolean inTransaction() {
        return inTransaction;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws Failure {
        if (closed) {
            throw new Failure("Database connection is closed");
        }
    }

    /** Rolls back an open transaction and closes (or, when pooled, returns) the connection. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (inTransaction) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is going away either way
        }
        inTransaction = false;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing useful to tell the script about a failed close
        }
    }

    /**
     * The driver's own words. The SQLite driver wraps the engine's message as
     * {@code [SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.c)};
     * the part in parentheses is what SQLite itself said, which is what upstream shows.
     * PostgreSQL messages are cut to their first line.
     */
    static String message(SQLException e) {
        String m = dev.ruff.runtime.JavaFailures.describe(e);
        if (m.startsWith("[SQLITE_") && m.endsWith(")")) {
            int open = m.indexOf('(');
            if (open > 0) {
                return m.substring(open + 1, m.length() - 1);
            }
        }
        // PostgreSQL adds "Detail:", "Hint:" and "Position:" lines; the first line is the error itself
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline).trim();
    }

    @Override
    public String typeName() {
        return "database";
    }

    @Override
    public String debug() {
        return "Database(" + kind.label() + ")";
    }
}
