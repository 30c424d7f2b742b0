package org.svosim.simulation.bias;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.store.RunStoreException;

/**
 * The writing side of a probe's {@code run.db} ({@link BiasTables}). One owner (the
 * {@link BiasRecorder}) makes every call; {@link #commit()} makes the saves since the last one
 * durable. A task saved again (a failed call retried by a resumed run) replaces its row.
 */
public final class BiasStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection connection;
    private int attempt;

    private BiasStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** A new run database holding {@code facts} and the scenarios of the run; fails if the file exists. */
    public static BiasStore create(Path file, Map<String, String> facts, List<Scenario> scenarios) {
        if (Files.exists(file)) {
            throw new RunStoreException(file + " already exists; a run database is never overwritten");
        }
        BiasStore store = connect(file);
        try {
            BiasTables.create(store.connection);
            facts.forEach(store::putFact);
            store.putFact("bias_schema_version", Integer.toString(BiasTables.VERSION));
            try (PreparedStatement st = store.connection.prepareStatement(
                    "INSERT INTO scenarios VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Scenario s : scenarios) {
                    st.setString(1, s.id());
                    st.setInt(2, i++);
                    st.setString(3, s.source());
                    st.setString(4, s.gold().name());
                    st.setString(5, s.answerType().name());
                    st.setString(6, s.text());
                    st.setString(7, JSON.writeValueAsString(s.attributes()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            store.commit();
            return store;
        } catch (SQLException | JsonProcessingException e) {
            store.close();
            throw new RunStoreException("cannot initialise run database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing probe database to add answers (resume). */
    public static BiasStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RunStoreException("no run database at " + file);
        }
        return connect(file);
    }

    /** Starts the next attempt (1 for a new run); answers saved from now on carry its number. */
    public int beginAttempt() {
        String last = BiasReader.fact(connection, "attempts");
        attempt = last == null ? 1 : Integer.parseInt(last) + 1;
        putFact("attempts", Integer.toString(attempt));
        commit();
        return attempt;
    }

    /** Saves one answer (uncommitted until {@link #commit()}). */
    public void save(BiasAnswer a) {
        BiasTask t = a.task();
        CallResult c = a.call();
        String table;
        Object[] head;
        switch (t.kind()) {
            case JUDGE:
                table = "judgements";
                head = new Object[] {t.id(), t.backend(), t.condition().configName(), t.scenarioId(), a.label(),
                    a.method(), a.note(), c.text()};
                break;
            case EXPLAIN:
                table = "explanations";
                head = new Object[] {t.id(), t.backend(), t.scenarioId(), a.text(), c.text()};
                break;
            default:
                table = "ratings";
                head = new Object[] {t.id(), t.backend(), t.author(), t.scenarioId(), a.label(), a.method(),
                    a.note(), c.text()};
        }
        Object[] call = {c.ok() ? 1 : 0, c.error(), c.modelId(), c.startedAt() == null ? null
                : c.startedAt().toString(), c.latencyMs(), c.inputTokens(), c.outputTokens(), c.requestHash(),
                c.cached() ? 1 : 0, attempt};
        String marks = "?" + ", ?".repeat(head.length + call.length - 1);
        try (PreparedStatement st = connection.prepareStatement("INSERT OR REPLACE INTO " + table
                + " VALUES (" + marks + ")")) {
            for (int i = 0; i < head.length; i++) {
                st.setObject(i + 1, head[i]);
            }
            for (int i = 0; i < call.length; i++) {
                st.setObject(head.length + i + 1, call[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new RunStoreException("cannot save " + t.id() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new RunStoreException("cannot commit to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records why the attempt stopped before its plan was done ("" when it was not), and commits;
     * called by the run after its actor system has ended (the store then has no other user).
     */
    public void recordStop(String reason) {
        putFact("stopped", reason == null ? "" : reason);
        commit();
    }

    /** Records the finish time and commits. */
    public void finish(Instant at) {
        putFact("finished_at", at.toString());
        commit();
    }

    private void putFact(String key, String value) {
        try (PreparedStatement st = connection.prepareStatement("INSERT OR REPLACE INTO run_info VALUES (?, ?)")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new RunStoreException("cannot write run_info to " + file + ": " + e.getMessage(), e);
        }
    }

    private static BiasStore connect(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA busy_timeout = 10000");
            }
            c.setAutoCommit(false);
            return new BiasStore(file, c);
        } catch (SQLException e) {
            throw new RunStoreException("cannot open run database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new RunStoreException("cannot close run database " + file + ": " + e.getMessage(), e);
        }
    }
}
