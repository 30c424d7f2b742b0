package org.svosim.simulation.population;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.svosim.simulation.store.RunStoreException;

/**
 * The population tables of run.db: {@code matches} (one row per match) and {@code moves} (one row
 * per move asked, failed ones included). Opened by the one recorder of a population run, which
 * commits saved matches in groups ({@link #commit()}); a match is stored whole or not at all.
 */
public final class PopulationStore implements AutoCloseable {
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS matches (match_id TEXT PRIMARY KEY, match_index INTEGER NOT NULL,"
                + " game TEXT NOT NULL, seats TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,"
                + " turns INTEGER NOT NULL, payoffs TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS moves (match_id TEXT NOT NULL REFERENCES matches(match_id), seq INTEGER NOT NULL,"
                + " turn INTEGER NOT NULL, player INTEGER NOT NULL, agent TEXT NOT NULL, answer REAL, failure TEXT,"
                + " question TEXT, reply TEXT, parse_note TEXT, calls INTEGER NOT NULL, latency_ms INTEGER NOT NULL,"
                + " input_tokens INTEGER, output_tokens INTEGER, model_id TEXT, PRIMARY KEY (match_id, seq))"
    };

    private final Connection connection;

    private PopulationStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Whether an existing run database holds population tables (a population run's), read without loading
     * the run's config: a slider run's analysis need not parse and check it.
     */
    public static boolean holdsPopulation(Path dbFile) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'matches'")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Opens {@code dbFile} (created if absent) and adds the population tables. */
    public static PopulationStore open(Path dbFile) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA foreign_keys = ON");
                for (String sql : SCHEMA) {
                    st.execute(sql);
                }
            }
            c.setAutoCommit(false);
            c.commit();
            return new PopulationStore(c);
        } catch (SQLException e) {
            throw new RunStoreException("cannot open the population tables of " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /** Saves one match and its moves in the open transaction (stored at the next {@link #commit()}). */
    public void save(MatchRecord m) {
        java.sql.Savepoint before;
        try {
            before = connection.setSavepoint();
        } catch (SQLException e) {
            throw new RunStoreException("cannot save match " + m.plan().matchId() + ": " + e.getMessage(), e);
        }
        try (PreparedStatement match = connection.prepareStatement("INSERT INTO matches VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement move = connection.prepareStatement(
                     "INSERT INTO moves VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            match.setString(1, m.plan().matchId());
            match.setInt(2, m.plan().index());
            match.setString(3, m.plan().game().label());
            match.setString(4, String.join(",", m.plan().seats()));
            match.setString(5, m.status());
            match.setString(6, m.reason());
            match.setInt(7, m.history().size());
            match.setString(8, m.payoffs().amounts().stream().map(String::valueOf).collect(Collectors.joining(",")));
            match.executeUpdate();
            int seq = 0;
            for (MoveReply r : m.moves()) {
                move.setString(1, m.plan().matchId());
                move.setInt(2, seq++);
                move.setInt(3, r.turn());
                move.setInt(4, r.player());
                move.setString(5, r.agent());
                setDouble(move, 6, r.answer());
                move.setString(7, r.failure());
                move.setString(8, r.question());
                move.setString(9, r.reply());
                move.setString(10, r.parseNote());
                move.setInt(11, r.calls());
                move.setLong(12, r.latencyMs());
                setInt(move, 13, r.inputTokens());
                setInt(move, 14, r.outputTokens());
                move.setString(15, r.modelId());
                move.executeUpdate();
            }
            connection.releaseSavepoint(before);
        } catch (SQLException e) {
            try {
                connection.rollback(before);
            } catch (SQLException ignored) {
                // the connection is unusable; the run stops on the exception below
            }
            throw new RunStoreException("cannot save match " + m.plan().matchId() + ": " + e.getMessage(), e);
        }
    }

    /** Commits the matches saved since the last commit. */
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new RunStoreException("cannot commit the population tables: " + e.getMessage(), e);
        }
    }

    /** Number of stored matches and moves, for checks. */
    public int[] counts() {
        try (Statement st = connection.createStatement()) {
            var a = st.executeQuery("SELECT (SELECT COUNT(*) FROM matches), (SELECT COUNT(*) FROM moves)");
            return new int[] {a.getInt(1), a.getInt(2)};
        } catch (SQLException e) {
            throw new RunStoreException("cannot count the population rows: " + e.getMessage(), e);
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.REAL);
        } else {
            st.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new RunStoreException("cannot close the population tables: " + e.getMessage(), e);
        }
    }
}
