package org.svosim.simulation.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens JDBC connections to a run database with the settings the store relies on. */
final class StoreConnection {
    /** How long a statement waits for another connection's lock before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private StoreConnection() {
    }

    /**
     * A writing connection: write-ahead log (readers never block the writer), full fsync at each
     * commit (a saved trial survives a crash), a 32 MB page cache, foreign keys checked, manual commits;
     * for one owner (one thread at a time, as {@link RunStore} is used).
     */
    static Connection forWriting(Path file) throws SQLException {
        Connection c = open(file, true);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            // 32 MB of page cache: a group commit's pages stay in memory instead of spilling to the log early
            st.execute("PRAGMA cache_size = -32768");
            // each trial's savepoint keeps the pages it changes in a statement journal: in memory, not in a temporary
            // file (strace of 10,000 trials: 117,826 writes to such files beside 27,557 to the write-ahead log)
            st.execute("PRAGMA temp_store = MEMORY");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.setAutoCommit(false);
        return c;
    }

    /**
     * A reading connection that refuses writes and reads inside one transaction, so that it sees one
     * consistent snapshot (until the caller commits) even while the run is still being written.
     */
    static Connection forReading(Path file) throws SQLException {
        Connection c = open(file, false);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = ON");
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Fails unless the file exists (SQLite would otherwise create an empty database). */
    static void requireExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RunStoreException("no run database at " + file.toAbsolutePath()
                    + " (expected the run.db file of an existing run folder)");
        }
    }

    /**
     * Best effort: checkpoints the write-ahead log and leaves WAL mode so the file is self-contained.
     * Fails harmlessly (the file stays in WAL mode, equally valid) while a reader holds the log;
     * SQLite then folds it in when the last connection closes.
     */
    static void foldWriteAheadLog(Connection c) {
        try {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                try {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA journal_mode = DELETE");
                } finally {
                    st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException ignored) {
            // see above: not an error
        }
    }

    static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // the caller reports the original failure
        }
    }

    /** Deletes a database file and its journal files, if present. */
    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // best effort: the caller reports the original failure
            }
        }
    }

    /** @param oneOwner whether one thread at a time makes the calls (SQLite then takes no lock of its own per call) */
    private static Connection open(Path file, boolean oneOwner) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (oneOwner) {
            config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        }
        // no generated keys: the driver would otherwise prepare and run "SELECT last_insert_rowid()" after every
        // insert (a quarter of the run database writer's native time); text ids read it themselves
        config.setGetGeneratedKeys(false);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
