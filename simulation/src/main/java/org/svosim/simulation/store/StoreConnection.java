package org.svosim.simulation.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens JDBC connections to a run database with the settings the store relies on. */
final class StoreConnection {
    private StoreConnection() {
    }

    /**
     * A writing connection: write-ahead log (readers never block the writer), full fsync at each
     * commit (a saved trial survives a crash), foreign keys checked, manual commits.
     */
    static Connection forWriting(Path file) throws SQLException {
        Connection c = open(file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 10000");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.setAutoCommit(false);
        return c;
    }

    /** A reading connection that refuses writes; it can read a run that is still being written. */
    static Connection forReading(Path file) throws SQLException {
        Connection c = open(file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = ON");
            st.execute("PRAGMA busy_timeout = 10000");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Fails unless the file exists (SQLite would otherwise create an empty database). */
    static void requireExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RunStoreException("no run database at " + file.toAbsolutePath()
                    + " (expected the run.db file of an existing run folder)");
        }
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
