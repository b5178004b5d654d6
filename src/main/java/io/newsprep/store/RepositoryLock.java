package io.newsprep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Lets one ingest at a time use a PostgreSQL repository, as an HSQLDB file database does by itself (it opens in
 * one process only): a session-level advisory lock, held on a connection of its own for the whole run and let go
 * when the run ends or its process dies (the server then closes the session). The run may then take an execution
 * it finds "running" for one cut off by a crash, as it does on HSQLDB.
 */
public final class RepositoryLock implements AutoCloseable {

    /** The lock's key: the same for every ingest on the database ("newsprep" in ASCII). */
    private static final long KEY = 0x6E65777370726570L;

    private final Connection held;

    private RepositoryLock(Connection held) {
        this.held = held;
    }

    /**
     * @return the lock, held until closed; an empty lock for a database that locks itself (HSQLDB); null when
     * another process holds it
     */
    public static RepositoryLock take(DataSource repository) throws SQLException {
        Connection c = repository.getConnection();
        boolean keep = false;
        try {
            if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                return new RepositoryLock(null);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                keep = rs.next() && rs.getBoolean(1);
            }
            if (!c.getAutoCommit()) {
                c.commit(); // a session lock outlives the transaction; the connection must not sit in one
            }
            return keep ? new RepositoryLock(c) : null;
        } finally {
            if (!keep) {
                c.close();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (held == null) {
            return;
        }
        try (held; Statement s = held.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        }
    }
}
