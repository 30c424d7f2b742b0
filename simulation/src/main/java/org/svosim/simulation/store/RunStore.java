package org.svosim.simulation.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;

/**
 * The writing side of a run database ({@code run.db}). Every model call is committed as it returns;
 * each finished trial is saved with its decisions and messages in one transaction, committed at
 * once, so that a crash loses at most the trials in flight (never a call's record) and
 * {@link #savedTrialIds()} tells a resumed run what is done.
 *
 * <p>Not thread-safe: one owner (the run's store actor) creates or opens it and makes every call.
 * {@link RunReader} may read the same file meanwhile.
 */
public final class RunStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final OutcomeRows rows;
    private final StatementCache statements;
    private final TextIds texts = new TextIds();
    private final List<SavedTrial> uncommitted = new ArrayList<>();
    private Consumer<SavedTrial> committed = t -> { };
    private int attempt;
    private boolean batching;

    private RunStore(Path file, Connection connection, SliderMeasure measure) {
        this.file = file;
        this.connection = connection;
        this.rows = new OutcomeRows(measure);
        this.statements = new StatementCache(connection);
    }

    /** Creates a new run database holding the header and the measure's items; fails if the file exists. */
    public static RunStore create(Path dbFile, RunHeader header, SliderMeasure measure) {
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.createFile(dbFile);
        } catch (FileAlreadyExistsException e) {
            throw new RunStoreException(dbFile + " already exists; a run database is never overwritten"
                    + " (use RunStore.open to continue that run, or choose a new run folder)", e);
        } catch (IOException e) {
            throw new RunStoreException("cannot create run database " + dbFile + ": " + e.getMessage(), e);
        }
        Connection c = null;
        try {
            c = StoreConnection.forWriting(dbFile);
            StoreSchema.create(c);
            RunInfoTable.writeHeader(c, header, measure.name());
            RowInserts.items(c, measure);
            c.commit();
            return new RunStore(dbFile, c, measure);
        } catch (SQLException | RuntimeException e) {
            StoreConnection.closeQuietly(c);
            StoreConnection.deleteQuietly(dbFile);
            throw new RunStoreException("cannot initialise run database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing run database to add trials (resume) or finish it. */
    public static RunStore open(Path dbFile) {
        StoreConnection.requireExisting(dbFile);
        Connection c = null;
        try {
            c = StoreConnection.forWriting(dbFile);
            var facts = RunInfoTable.readAll(c);
            RunInfoTable.checkSchemaVersion(facts, dbFile);
            SliderMeasure measure = RowReads.measure(c, RunInfoTable.required(facts, RunInfoTable.MEASURE_NAME));
            c.commit();
            return new RunStore(dbFile, c, measure);
        } catch (SQLException | RuntimeException e) {
            StoreConnection.closeQuietly(c);
            throw e instanceof RunStoreException r ? r
                    : new RunStoreException("cannot open run database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the next attempt at this run (1 for a new run, one more at every resume) and returns
     * its number; calls saved from now on carry it.
     */
    public int beginAttempt() {
        try {
            String last = RunInfoTable.readAll(connection).get(RunInfoTable.ATTEMPTS);
            attempt = last == null ? 1 : Integer.parseInt(last) + 1;
            RunInfoTable.put(connection, RunInfoTable.ATTEMPTS, Integer.toString(attempt));
            connection.commit();
            return attempt;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw new RunStoreException("cannot start a new attempt in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * From now on, {@link #saveCall} and {@link #saveTrial} leave their rows uncommitted until
     * {@link #commitBatch()}, so that a burst of saves costs one disk sync (group commit). Each
     * trial stays all-or-nothing within the batch.
     */
    public void beginBatch() {
        batching = true;
    }

    /** Commits everything saved since the last commit (no-op when nothing is pending). */
    public void commitBatch() {
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new RunStoreException("cannot commit to " + file + ": " + e.getMessage(), e);
        }
        announceCommitted();
    }

    /**
     * Hands every trial to {@code listener} once it is committed, on the thread that committed it, in
     * commit order (e.g. to write export files while the run goes on). The listener must not throw.
     */
    public void onCommitted(Consumer<SavedTrial> listener) {
        this.committed = listener;
    }

    private void announceCommitted() {
        for (SavedTrial t : uncommitted) {
            committed.accept(t);
        }
        uncommitted.clear();
    }

    /** Saves one model call of {@code trialId} as soon as it returned; commits unless batching. */
    public void saveCall(String trialId, CallRecord call) {
        if (attempt == 0) {
            throw new IllegalStateException("beginAttempt() must be called before saving calls");
        }
        try {
            RowInserts.call(statements, OutcomeRows.call(trialId, attempt, call));
            if (!batching) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new RunStoreException("cannot save call " + call.seq() + " of trial " + trialId + " to " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves one finished trial with its decisions and messages, and commits. Its calls were saved
     * one by one with {@link #saveCall} as they returned.
     */
    public void saveTrial(TrialOutcome outcome) {
        TrialRow trial = rows.trial(outcome);
        List<DecisionRow> decisions = rows.decisions(outcome);
        List<MessageRow> messages = rows.messages(outcome);
        boolean marked = false;
        try {
            // a named savepoint through a prepared statement: JDBC's setSavepoint() prepares new SQL every time
            statements.get("SAVEPOINT trial").execute();
            marked = true;
            insertTrial(trial);
            RowInserts.decisions(statements, decisions);
            RowInserts.messages(statements, texts, messages);
            if (batching) {
                statements.get("RELEASE trial").execute();
                uncommitted.add(new SavedTrial(trial, decisions, messages));
            } else {
                connection.commit();
                uncommitted.add(new SavedTrial(trial, decisions, messages));
                announceCommitted();
            }
        } catch (SQLException e) {
            undo(marked);
            throw new RunStoreException("cannot save trial " + trial.trialId() + " to " + file + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            undo(marked);
            throw e;
        }
    }

    /** Takes back a half-saved trial: to its savepoint when batching (earlier saves stay), else the transaction. */
    private void undo(boolean marked) {
        if (batching && marked) {
            try {
                texts.forget();
                statements.get("ROLLBACK TO trial").execute();
                statements.get("RELEASE trial").execute();
                return;
            } catch (SQLException ignored) {
                // fall back to rolling back the whole transaction
            }
        }
        rollbackQuietly();
    }

    /**
     * Records the finish time and folds the write-ahead log back into the file (journal mode DELETE),
     * so the finished {@code run.db} is one self-contained file (unless a reader has it open then).
     */
    public void finish(Instant finishedAt) {
        try {
            RunInfoTable.put(connection, RunInfoTable.FINISHED_AT, SqlValues.timestamp(finishedAt));
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new RunStoreException("cannot finish run database " + file + ": " + e.getMessage(), e);
        }
        try {
            statements.close();
        } catch (SQLException e) {
            throw new RunStoreException("cannot finish run database " + file + ": " + e.getMessage(), e);
        }
        StoreConnection.foldWriteAheadLog(connection);
    }

    /** The ids of the trials saved so far, in plan order. */
    public Set<String> savedTrialIds() {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT trial_id FROM trials ORDER BY plan_index, trial_id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new RunStoreException("cannot list saved trials of " + file + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** Inserts the trial's row; a trial saved before breaks the table's primary key (no lookup first). */
    private void insertTrial(TrialRow trial) throws SQLException {
        try {
            RowInserts.trial(statements, trial);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                throw new IllegalStateException("trial " + trial.trialId() + " is already saved in " + file, e);
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            statements.close();
            connection.close();
        } catch (SQLException e) {
            throw new RunStoreException("cannot close run database " + file + ": " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly() {
        texts.forget();
        uncommitted.clear();
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is reported
        }
    }
}
