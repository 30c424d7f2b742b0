package org.svosim.simulation.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.SliderMeasure;

/**
 * The reading side of a run database, for analysis and export: the header, the measure and typed
 * rows. Works on a finished run and on one still being written: every read sees the same snapshot,
 * the trials committed when the reader was opened (or last {@link #refresh() refreshed}), so trials,
 * decisions and transcripts always agree. While a run is being written, keep a reader short-lived
 * or refresh it now and then: an open snapshot keeps SQLite from recycling its write-ahead log.
 * Never writes. Not thread-safe.
 */
public final class RunReader implements AutoCloseable {
    private static final String PLAN_ORDER = " ORDER BY t.plan_index, t.trial_id";

    private final Path file;
    private final Connection connection;
    private final RunHeader header;
    private final Optional<Instant> finishedAt;
    private final SliderMeasure measure;

    private RunReader(Path file, Connection connection, Map<String, String> facts) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.header = RunInfoTable.header(facts);
        this.finishedAt = RunInfoTable.finishedAt(facts);
        this.measure = RowReads.measure(connection, RunInfoTable.required(facts, RunInfoTable.MEASURE_NAME));
    }

    /** Opens an existing run database for reading. */
    public static RunReader open(Path dbFile) {
        StoreConnection.requireExisting(dbFile);
        Connection c = null;
        try {
            c = StoreConnection.forReading(dbFile);
            Map<String, String> facts = RunInfoTable.readAll(c);
            RunInfoTable.checkReadableVersion(facts, dbFile);
            return new RunReader(dbFile, c, facts);
        } catch (SQLException | RuntimeException e) {
            StoreConnection.closeQuietly(c);
            throw e instanceof RunStoreException r ? r
                    : new RunStoreException("cannot read run database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public RunHeader header() {
        return header;
    }

    /** When the run finished, or empty if it had not finished when the reader was opened. */
    public Optional<Instant> finishedAt() {
        return finishedAt;
    }

    /** The measure the run asked, rebuilt from the {@code items} table (items in number order). */
    public SliderMeasure measure() {
        return measure;
    }

    /** Every saved trial, in plan order. */
    public List<TrialRow> trials() {
        return query("SELECT t.* FROM trials t" + PLAN_ORDER, null, RowReads::trial);
    }

    /** The saved trials whose plan index is within [from, to], in plan order. */
    public List<TrialRow> trials(int fromPlanIndex, int toPlanIndex) {
        List<TrialRow> out = new ArrayList<>();
        stream("SELECT t.* FROM trials t WHERE t.plan_index BETWEEN ? AND ?" + PLAN_ORDER, RowReads::trial, out::add,
                fromPlanIndex, toPlanIndex);
        return out;
    }

    /** The number of saved trials. */
    public int trialCount() {
        return query("SELECT count(*) AS n FROM trials", null, row -> row.integer("n")).get(0);
    }

    /** The smallest and largest plan index of the saved trials, or empty when there is none. */
    public Optional<int[]> planIndexRange() {
        List<int[]> range = query("SELECT min(plan_index) AS low, max(plan_index) AS high, count(*) AS n FROM trials",
                null, row -> new int[] {row.integer("low"), row.integer("high"), row.integer("n")});
        return range.get(0)[2] == 0 ? Optional.empty() : Optional.of(new int[] {range.get(0)[0], range.get(0)[1]});
    }

    /** Every item answer, in plan order of the trials and asking order within a trial. */
    public List<DecisionRow> decisions() {
        List<DecisionRow> out = new ArrayList<>();
        forEachDecision(out::add);
        return out;
    }

    /**
     * Hands every item answer to {@code action} in the order of {@link #decisions()}, one row in memory
     * at a time (a forward-only cursor: trials in plan order, each trial's answers by position).
     */
    public void forEachDecision(Consumer<DecisionRow> action) {
        forEachDecision(Integer.MIN_VALUE, Integer.MAX_VALUE, action);
    }

    /** As {@link #forEachDecision(Consumer)}, for the trials whose plan index is within [from, to]. */
    public void forEachDecision(int fromPlanIndex, int toPlanIndex, Consumer<DecisionRow> action) {
        stream("SELECT d.* FROM trials t CROSS JOIN decisions d ON d.trial_id = t.trial_id"
                + " WHERE t.plan_index BETWEEN ? AND ?" + PLAN_ORDER + ", d.position", RowReads::decision, action,
                fromPlanIndex, toPlanIndex);
    }

    /**
     * Hands {@code action} one {@link AnswerCount} per trial with answers, counted and summed by SQLite in
     * one pass over the decisions table (no decision row reaches Java): payoffs are summed over the
     * answers to {@code primaryItems} that carry both payoffs, in asking order.
     */
    public void forEachAnswerCount(Set<Integer> primaryItems, Consumer<AnswerCount> action) {
        String primary = "item_number IN (" + primaryItems.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")"
                + " AND payoff_self IS NOT NULL AND payoff_other IS NOT NULL";
        stream("SELECT trial_id, count(*), sum(method = '" + ParseMethod.INVALID.label()
                + "'), sum(attempts > 1), sum(method = '" + ParseMethod.EXTRACTOR.label() + "'),"
                + " sum(CASE WHEN " + primary + " THEN 1 ELSE 0 END),"
                + " total(CASE WHEN " + primary + " THEN payoff_self END),"
                + " total(CASE WHEN " + primary + " THEN payoff_other END)"
                + " FROM decisions GROUP BY trial_id", RowReads::answerCount, action);
    }

    /** The answers no choice could be read from, in the order of {@link #decisions()}. */
    public List<DecisionRow> invalidDecisions() {
        List<DecisionRow> out = new ArrayList<>();
        stream("SELECT d.* FROM trials t CROSS JOIN decisions d ON d.trial_id = t.trial_id"
                + " WHERE d.method = '" + ParseMethod.INVALID.label() + "'" + PLAN_ORDER + ", d.position", RowReads::decision, out::add);
        return out;
    }

    /** The item answers of one trial in asking order. */
    public List<DecisionRow> decisions(String trialId) {
        return query("SELECT * FROM decisions WHERE trial_id = ? ORDER BY position", trialId, RowReads::decision);
    }

    /**
     * Every model call made for the run, including those of attempts that were interrupted before
     * their trial was stored (they were sent and paid for), in order of attempt, trial and call.
     */
    public List<CallRow> calls() {
        List<CallRow> out = new ArrayList<>();
        forEachCall(out::add);
        return out;
    }

    /** Hands every model call to {@code action} in the order of {@link #calls()}, one row in memory at a time. */
    public void forEachCall(Consumer<CallRow> action) {
        stream("SELECT * FROM calls ORDER BY attempt, trial_id, seq", RowReads::call, action);
    }

    /** The calls that got no reply, in the order of {@link #calls()}. */
    public List<CallRow> failedCalls() {
        return query("SELECT * FROM calls WHERE ok = 0 ORDER BY attempt, trial_id, seq", null, RowReads::call);
    }

    /**
     * The calls counted and summed inside the database, one group per backend, cached and ok flag (in no
     * particular order, trial id null): what the usage table needs without reading every call.
     */
    public List<CallGroup> callUsage() {
        return query("SELECT NULL, backend, cached, ok, count(*), sum(coalesce(input_tokens, 0)),"
                + " sum(coalesce(output_tokens, 0)), sum(latency_ms) FROM calls GROUP BY backend, cached, ok",
                null, RowReads::callGroup);
    }

    /**
     * The ids of the trials with at least one call; with {@code uncachedBackends} not null, only calls
     * not answered by the cache and served by one of those backends count.
     */
    public Set<String> trialsWithCalls(Collection<String> uncachedBackends) {
        try {
            return CallFacts.trialsWithCalls(connection, uncachedBackends);
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The backends that served calls, in the order of their first call in {@link #calls()}. */
    public List<String> callBackends() {
        try {
            return CallFacts.backends(connection);
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The number of trials with each status (as stored, e.g. {@code valid}), counted in the database. */
    public Map<String, Long> trialsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        stream("SELECT status, count(*) FROM trials GROUP BY status ORDER BY status",
                row -> Map.entry(row.resultSet().getString(1), row.resultSet().getLong(2)),
                e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The model ids that answered calls to {@code backend}, in the order of their first answered call in {@link #calls()}. */
    public List<String> answeringModels(String backend) {
        try {
            return CallFacts.answeringModels(connection, backend);
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The messages of one trial in order. */
    public List<MessageRow> messages(String trialId) {
        return query("SELECT * FROM messages WHERE trial_id = ? ORDER BY seq", trialId, RowReads::message);
    }

    /** Hands each trial with its conversation to {@code action}, in plan order, one trial in memory at a time. */
    public void forEachTranscript(Consumer<TrialTranscript> action) {
        forEachTranscript(trials(), action);
    }

    /**
     * As {@link #forEachTranscript(Consumer)} for the given trials (in plan order, as read by {@link #trials()}),
     * reading every message in one forward-only pass; messages of trials not in the list are skipped.
     */
    public void forEachTranscript(List<TrialRow> trials, Consumer<TrialTranscript> action) {
        TranscriptCursor cursor = new TranscriptCursor(trials, action);
        stream("SELECT m.* FROM trials t CROSS JOIN messages m ON m.trial_id = t.trial_id" + PLAN_ORDER
                + ", m.seq", RowReads::message, cursor);
        cursor.finish();
    }

    /** Ends the current snapshot; the next read sees every trial committed by then. */
    public void refresh() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new RunStoreException("cannot refresh reader of " + file + ": " + e.getMessage(), e);
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

    private interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    private <T> void stream(String sql, RowMapper<T> mapper, Consumer<T> action, long... parameters) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    action.accept(mapper.map(row));
                }
            }
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, String trialId, RowMapper<T> mapper) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (trialId != null) {
                st.setString(1, trialId);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new RunStoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
