package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.TranscriptEntry;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;

class MessageTextsTest {
    @TempDir
    Path dir;

    private static TrialOutcome copyOf(TrialOutcome o, String trialId, int index, List<TranscriptEntry> transcript) {
        TrialSpec s = o.spec();
        InterviewResult i = o.interview();
        return new TrialOutcome(new TrialSpec(trialId, index, s.backend(), s.value(), s.protocol(), s.repetition(),
                s.seed()), o.provider(), o.modelId(), o.status(),
                new InterviewResult(i.answers(), i.goalStatement(), i.failure(), transcript), o.score(), o.calls(),
                o.startedAt(), o.finishedAt());
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void eachDistinctTextIsStoredOnceAndEveryTrialReadsBackItsOwnMessages() throws Exception {
        Path db = dir.resolve("run.db");
        TrialOutcome first = SampleOutcomes.validProsocial();
        TrialOutcome second = copyOf(first, "sim/prosocial/hvae/r09", 9, first.interview().transcript());
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            store.beginAttempt();
            store.saveTrial(first);
            store.saveTrial(second);
        }
        assertThat(count(db, "SELECT count(*) FROM texts")).isEqualTo(4);
        assertThat(count(db, "SELECT count(*) FROM trial_messages")).isEqualTo(8);
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.messages("sim/prosocial/hvae/r09")).extracting(MessageRow::text)
                    .containsExactlyElementsOf(first.interview().transcript().stream().map(TranscriptEntry::text)
                            .toList());
        }
    }

    @Test
    void aTrialRolledBackAfterStoringNewTextsLeavesNoneAndTheNextTrialStoresThemAgain() throws Exception {
        Path db = dir.resolve("run.db");
        TrialOutcome valid = SampleOutcomes.validProsocial();
        List<TranscriptEntry> twiceSeqZero = new ArrayList<>(valid.interview().transcript());
        TranscriptEntry firstEntry = twiceSeqZero.get(0);
        twiceSeqZero.add(new TranscriptEntry(0, firstEntry.model(), "user", "a text only the broken trial has",
                firstEntry.purpose()));
        TrialOutcome broken = copyOf(valid, "sim/prosocial/hvae/r08", 8, twiceSeqZero);
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            store.beginAttempt();
            store.beginBatch();
            assertThatThrownBy(() -> store.saveTrial(broken)).isInstanceOf(RunStoreException.class)
                    .hasMessageContaining("sim/prosocial/hvae/r08");
            store.saveTrial(valid);
            store.commitBatch();
        }
        assertThat(count(db, "SELECT count(*) FROM texts")).isEqualTo(4);
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.messages(valid.spec().trialId())).extracting(MessageRow::text)
                    .doesNotContainNull()
                    .containsExactlyElementsOf(valid.interview().transcript().stream().map(TranscriptEntry::text)
                            .toList());
        }
    }

    @Test
    void aSchemaVersionTwoDatabaseIsReadButNotResumed() throws Exception {
        Path db = dir.resolve("run.db");
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            store.beginAttempt();
            store.saveTrial(SampleOutcomes.validProsocial());
            store.finish(SampleOutcomes.T0);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE messages_v2 AS SELECT * FROM messages");
            st.execute("DROP VIEW messages");
            st.execute("ALTER TABLE messages_v2 RENAME TO messages");
            st.execute("UPDATE run_info SET value = '2' WHERE key = 'schema_version'");
        }
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.messages("sim/prosocial/hvae/r00")).hasSize(4);
        }
        assertThatThrownBy(() -> RunStore.open(db)).isInstanceOf(RunStoreException.class)
                .hasMessageContaining("schema version 3").hasMessageContaining("not resumed");
    }
}
