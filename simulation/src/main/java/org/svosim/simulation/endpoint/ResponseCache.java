package org.svosim.simulation.endpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replies already paid for, in one SQLite file shared by runs: a re-run of the same design
 * (same prompts, parameters and replicate indices) is served from here and costs nothing.
 * Only complete, non-empty replies are stored. Thread-safe (one connection, synchronized).
 */
public final class ResponseCache implements AutoCloseable {

    /** A stored reply. */
    public record Entry(String text, String modelId, Integer inputTokens, Integer outputTokens) {
    }

    private final Path file;
    private final Connection connection;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private ResponseCache(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the cache file. */
    public static ResponseCache open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA busy_timeout = 10000");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, provider TEXT NOT NULL,
                          model TEXT NOT NULL, text TEXT NOT NULL, model_id TEXT, input_tokens INTEGER,
                          output_tokens INTEGER, created_at TEXT NOT NULL)""");
            }
            return new ResponseCache(file, c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open response cache " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The stored reply for {@code key}, counting a hit or a miss. */
    public synchronized Optional<Entry> lookup(String key) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT text, model_id, input_tokens, output_tokens FROM responses WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    misses.incrementAndGet();
                    return Optional.empty();
                }
                hits.incrementAndGet();
                return Optional.of(new Entry(rs.getString(1), rs.getString(2), integer(rs, 3), integer(rs, 4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read response cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores a complete reply (the first one stored for a key wins). */
    public synchronized void put(String key, String provider, String model, Entry entry) {
        try (PreparedStatement st = connection.prepareStatement("INSERT OR IGNORE INTO responses (key, provider,"
                + " model, text, model_id, input_tokens, output_tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, key);
            st.setString(2, provider);
            st.setString(3, model);
            st.setString(4, entry.text());
            st.setString(5, entry.modelId());
            setInteger(st, 6, entry.inputTokens());
            setInteger(st, 7, entry.outputTokens());
            st.setString(8, Instant.now().toString());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write response cache " + file + ": " + e.getMessage(), e);
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close response cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, java.sql.Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }
}
