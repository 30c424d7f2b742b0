package org.svosim.simulation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one writing connection, each prepared once and reused: a run
 * inserts the same few statements hundreds of thousands of times, and SQLite's prepare step
 * was a third of the writer's time. One owner, like the connection.
 */
final class StatementCache implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use; do not close it. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        st.clearParameters();
        return st;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : statements.values()) {
            st.close();
        }
        statements.clear();
    }
}
