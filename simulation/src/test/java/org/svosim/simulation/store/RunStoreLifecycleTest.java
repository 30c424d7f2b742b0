package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialStatus;

class RunStoreLifecycleTest {
    @TempDir
    Path dir;

    private RunStore newStore(Path db) {
        return RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all());
    }

    @Test
    void createRefusesAnExistingFileAndLeavesItUntouched() throws Exception {
        Path db = dir.resolve("run.db");
        Files.writeString(db, "not mine");
        assertThatThrownBy(() -> newStore(db)).isInstanceOf(RunStoreException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(db)).isEqualTo("not mine");
    }

    @Test
    void createMakesMissingParentFolders() {
        Path db = dir.resolve("output/exp/run-1/run.db");
        newStore(db).close();
        assertThat(db).isRegularFile();
    }

    @Test
    void reopenedStoreListsSavedTrialsInPlanOrderAndAcceptsMore() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db)) {
            store.saveTrial(SampleOutcomes.failedProsocial());
            store.saveTrial(SampleOutcomes.validProsocial());
        }
        try (RunStore store = RunStore.open(db)) {
            assertThat(store.savedTrialIds()).containsExactly("sim/prosocial/hvae/r00", "sim/prosocial/hvae/r02");
            store.saveTrial(SampleOutcomes.invalidProsocial());
            assertThat(store.savedTrialIds()).hasSize(3);
        }
    }

    @Test
    void savingATrialTwiceFailsAndKeepsTheFirst() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db)) {
            store.saveTrial(SampleOutcomes.validProsocial());
            assertThatThrownBy(() -> store.saveTrial(SampleOutcomes.validProsocial()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already saved");
            store.saveTrial(SampleOutcomes.invalidProsocial());
        }
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.decisions("sim/prosocial/hvae/r00")).hasSize(6);
            assertThat(reader.trials()).hasSize(2);
        }
    }

    @Test
    void readerSeesCommittedTrialsOfARunStillBeingWritten() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db)) {
            store.saveTrial(SampleOutcomes.validProsocial());
            try (RunReader reader = RunReader.open(db)) {
                assertThat(reader.finishedAt()).isEmpty();
                assertThat(reader.trials()).extracting(TrialRow::trialId).containsExactly("sim/prosocial/hvae/r00");
            }
        }
    }

    @Test
    void readerKeepsItsSnapshotUntilRefreshed() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db); RunReader reader = RunReader.open(db)) {
            store.saveTrial(SampleOutcomes.validProsocial());
            assertThat(reader.trials()).isEmpty();
            assertThat(reader.decisions()).isEmpty();
            reader.refresh();
            assertThat(reader.trials()).hasSize(1);
            assertThat(reader.decisions()).hasSize(6);
        }
    }

    @Test
    void finishSucceedsWhileAReaderIsOpen() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db); RunReader reader = RunReader.open(db)) {
            store.saveTrial(SampleOutcomes.validProsocial());
            reader.trials();
            store.finish(SampleOutcomes.T0);
        }
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.finishedAt()).contains(SampleOutcomes.T0);
            assertThat(reader.trials()).hasSize(1);
        }
    }

    @Test
    void finishedRunIsOneFileWithoutWriteAheadLog() {
        Path db = dir.resolve("run.db");
        try (RunStore store = newStore(db)) {
            store.saveTrial(SampleOutcomes.validProsocial());
            store.finish(SampleOutcomes.T0);
            assertThat(dir.resolve("run.db-wal")).doesNotExist();
        }
    }

    @Test
    void answerToAnItemOutsideTheMeasureIsRejectedBeforeWriting() {
        Path db = dir.resolve("run.db");
        TrialOutcome valid = SampleOutcomes.validProsocial();
        TrialOutcome stray = new TrialOutcome(valid.spec(), valid.provider(), valid.modelId(), TrialStatus.INVALID,
                new InterviewResult(List.of(new ItemAnswer(99, 0, List.of(0, 1), "A", 0, 0, ParseMethod.EXACT, 1)),
                        null, null, List.of()), null, List.of(), valid.startedAt(), valid.finishedAt());
        try (RunStore store = newStore(db)) {
            assertThatThrownBy(() -> store.saveTrial(stray)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("item 99");
            assertThat(store.savedTrialIds()).isEmpty();
        }
    }

    @Test
    void trialFailingHalfwayThroughItsRowsLeavesNothingBehind() {
        Path db = dir.resolve("run.db");
        TrialOutcome valid = SampleOutcomes.validProsocial();
        ItemAnswer broken = new ItemAnswer(1, 0, List.of(0, 1), "A", 0, 0, null, 1);
        TrialOutcome halfway = new TrialOutcome(valid.spec(), valid.provider(), valid.modelId(), TrialStatus.VALID,
                new InterviewResult(List.of(broken), null, null, List.of()), valid.score(), valid.calls(),
                valid.startedAt(), valid.finishedAt());
        try (RunStore store = newStore(db)) {
            assertThatThrownBy(() -> store.saveTrial(halfway)).isInstanceOf(NullPointerException.class);
            store.saveTrial(SampleOutcomes.invalidProsocial());
        }
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.trials()).extracting(TrialRow::trialId).containsExactly("sim/prosocial/hvae/r01");
            assertThat(reader.decisions()).hasSize(3);
        }
    }

    @Test
    void databaseConstraintViolationIsReportedWithTheTrialAndRolledBack() {
        Path db = dir.resolve("run.db");
        TrialOutcome valid = SampleOutcomes.validProsocial();
        TrialOutcome noProtocol = new TrialOutcome(new org.svosim.simulation.run.TrialSpec(valid.spec().trialId(),
                0, "sim", valid.spec().value(), null, 0, 1L), valid.provider(), valid.modelId(), valid.status(),
                valid.interview(), valid.score(), valid.calls(), valid.startedAt(), valid.finishedAt());
        try (RunStore store = newStore(db)) {
            assertThatThrownBy(() -> store.saveTrial(noProtocol)).isInstanceOf(RunStoreException.class)
                    .hasMessageContaining("cannot save trial sim/prosocial/hvae/r00").hasMessageContaining("NOT NULL");
            assertThat(store.savedTrialIds()).isEmpty();
        }
    }

    @Test
    void validTrialWithoutScoreIsRejected() {
        TrialOutcome valid = SampleOutcomes.validProsocial();
        TrialOutcome unscored = new TrialOutcome(valid.spec(), valid.provider(), valid.modelId(), TrialStatus.VALID,
                valid.interview(), null, valid.calls(), valid.startedAt(), valid.finishedAt());
        try (RunStore store = newStore(dir.resolve("run.db"))) {
            assertThatThrownBy(() -> store.saveTrial(unscored)).hasMessageContaining("valid but has no score");
        }
    }

    @Test
    void extraFactMayNotReuseAReservedKey() {
        RunHeader h = SampleOutcomes.header();
        assertThatThrownBy(() -> new RunHeader(h.runId(), h.experiment(), h.seed(), h.configSha256(),
                h.configYaml(), h.startedAt(), h.toolVersion(), Map.of("seed", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'seed'");
    }

    @Test
    void openingAMissingFileFailsWithoutCreatingIt() {
        Path db = dir.resolve("nothing.db");
        assertThatThrownBy(() -> RunReader.open(db)).isInstanceOf(RunStoreException.class)
                .hasMessageContaining("no run database");
        assertThatThrownBy(() -> RunStore.open(db)).isInstanceOf(RunStoreException.class);
        assertThat(db).doesNotExist();
    }

    @Test
    void shownOrderTextParsesBackAndRejectsGarbage() {
        assertThat(ShownOrder.parse("A=C,B=A,C=B")).containsExactly(2, 0, 1);
        assertThatThrownBy(() -> ShownOrder.parse("A=C,C=A")).hasMessageContaining("expected B=<letter>");
    }
}
