package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.games.slider.MurphySliderItems;

class CommittedTrialsTest {
    @TempDir
    Path dir;
    final List<String> announced = new ArrayList<>();

    /** A new run database in batching mode whose committed trials' ids go to {@link #announced}. */
    private RunStore batchingStore() {
        RunStore store = RunStore.create(dir.resolve("run.db"), SampleOutcomes.header(), MurphySliderItems.all());
        store.onCommitted(t -> announced.add(t.trial().trialId()));
        store.beginAttempt();
        store.beginBatch();
        return store;
    }

    @Test
    void aBatchedTrialIsAnnouncedOnlyWhenItsBatchCommits() {
        try (RunStore store = batchingStore()) {
            SampleOutcomes.saveAsARunDoes(store, SampleOutcomes.validProsocial());
            assertThat(announced).isEmpty();
            store.commitBatch();
            assertThat(announced).containsExactly("sim/prosocial/hvae/r00");
        }
    }

    @Test
    void announcedRowsAreTheRowsReadBack() {
        List<SavedTrial> rows = new ArrayList<>();
        Path db = dir.resolve("run.db");
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            store.onCommitted(rows::add);
            store.beginAttempt();
            SampleOutcomes.saveAsARunDoes(store, SampleOutcomes.validProsocial());
        }
        try (RunReader reader = RunReader.open(db)) {
            SavedTrial saved = rows.get(0);
            assertThat(saved.trial()).isEqualTo(reader.trials().get(0));
            assertThat(saved.decisions()).isEqualTo(reader.decisions());
            assertThat(saved.messages()).isEqualTo(reader.messages(saved.trial().trialId()));
        }
    }

    @Test
    void aTrialThatFailsToSaveIsNeverAnnounced() {
        try (RunStore store = batchingStore()) {
            store.saveTrial(SampleOutcomes.validProsocial());
            assertThatThrownBy(() -> store.saveTrial(SampleOutcomes.validProsocial()))
                    .hasMessageContaining("already saved");
            store.commitBatch();
            assertThat(announced).containsExactly("sim/prosocial/hvae/r00");
        }
    }
}
