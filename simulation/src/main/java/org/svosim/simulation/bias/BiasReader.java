package org.svosim.simulation.bias;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.bias.BiasLabel;
import org.svosim.simulation.bias.scenario.AnswerType;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.store.RunStoreException;

/** Reads a probe's {@code run.db} back: facts, scenarios in plan order, and every stored call. */
public final class BiasReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Path file;
    private final Connection connection;

    private BiasReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file} for reading. */
    public static BiasReader open(Path file) {
        try {
            return new BiasReader(file, DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new RunStoreException("cannot open run database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} is a probe's run database (it has a scenarios table of the probe). */
    public static boolean isProbe(Path file) {
        try (BiasReader r = open(file)) {
            return fact(r.connection, "bias_schema_version") != null;
        } catch (RunStoreException e) {
            return false;
        }
    }

    /** Every run_info fact. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        query("SELECT key, value FROM run_info ORDER BY key", rs -> facts.put(rs.getString(1), rs.getString(2)));
        return facts;
    }

    /** The scenarios, in plan order. */
    public List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        query("SELECT scenario_id, source, text, gold, answer_type, attributes FROM scenarios ORDER BY plan_index",
                rs -> {
                    try {
                        scenarios.add(new Scenario(rs.getString(1), rs.getString(2), rs.getString(3),
                                BiasLabel.valueOf(rs.getString(4)), AnswerType.valueOf(rs.getString(5)),
                                JSON.readValue(rs.getString(6), ATTRIBUTES)));
                    } catch (IOException e) {
                        throw new SQLException("bad attributes of scenario " + rs.getString(1), e);
                    }
                });
        return scenarios;
    }

    /** Every stored call, judgements then explanations then ratings, each in task id order. */
    public List<CallRow> calls() {
        List<CallRow> rows = new ArrayList<>();
        String call = ", raw_reply, ok, error, model_id, cached, latency_ms, attempt";
        query("SELECT task_id, judge, condition, '', scenario_id, label, method, NULL" + call
                + " FROM judgements ORDER BY task_id", rs -> rows.add(row(rs, TaskKind.JUDGE)));
        query("SELECT task_id, author, '', '', scenario_id, NULL, NULL, explanation" + call
                + " FROM explanations ORDER BY task_id", rs -> rows.add(row(rs, TaskKind.EXPLAIN)));
        query("SELECT task_id, rater, '', author, scenario_id, label, method, NULL" + call
                + " FROM ratings ORDER BY task_id", rs -> rows.add(row(rs, TaskKind.RATE)));
        return rows;
    }

    private static CallRow row(ResultSet rs, TaskKind kind) throws SQLException {
        return new CallRow(rs.getString(1), kind, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10) == 1, rs.getString(11), rs.getString(12), rs.getInt(13) == 1, rs.getLong(14),
                rs.getInt(15));
    }

    /** The value of a run_info key, or null (also when the table is missing). */
    static String fact(Connection c, String key) {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM run_info WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowAction action) {
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                action.accept(rs);
            }
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new RunStoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
