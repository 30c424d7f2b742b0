package org.svosim.simulation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svosim.agents.hash.Sha256;

/**
 * The ids of message texts in the {@code texts} table, where each distinct text is stored once
 * and found by its SHA-256: a run sends the same system and item prompts in every trial, and
 * storing them once made the run database several times smaller and its writer several times
 * faster. Remembers the most recently used texts so that a repeated text costs one map lookup.
 * Call {@link #forget()} after a rollback (a remembered id may then no longer exist).
 * One owner, like the writing connection.
 */
final class TextIds {
    private static final int REMEMBERED = 4096;

    private final Map<String, Long> recent = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The id of {@code text}, inserting it first if the table lacks it; null for a null text. */
    Long idOf(StatementCache statements, String text) throws SQLException {
        if (text == null) {
            return null;
        }
        Long id = recent.get(text);
        if (id != null) {
            return id;
        }
        String hash = Sha256.hex(text);
        id = find(statements, hash);
        if (id == null) {
            PreparedStatement insert = statements.get("INSERT INTO texts (text_hash, text) VALUES (?, ?)");
            insert.setString(1, hash);
            insert.setString(2, text);
            insert.executeUpdate();
            id = lastInsertedId(statements);
        }
        recent.put(text, id);
        return id;
    }

    /** Forgets every remembered id (after a rollback, some may be gone). */
    void forget() {
        recent.clear();
    }

    private static Long find(StatementCache statements, String hash) throws SQLException {
        PreparedStatement find = statements.get("SELECT text_id FROM texts WHERE text_hash = ?");
        find.setString(1, hash);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long lastInsertedId(StatementCache statements) throws SQLException {
        try (ResultSet rs = statements.get("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
