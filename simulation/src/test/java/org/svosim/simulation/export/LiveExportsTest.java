package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;
import org.svosim.simulation.store.SampleOutcomes;
import org.svosim.simulation.store.SavedTrial;
import org.svosim.simulation.store.TrialRow;

class LiveExportsTest {
    private static final List<String> FILES = List.of(DecisionsCsv.FILE, TrialsCsv.FILE, TranscriptsJsonl.FILE);

    @TempDir
    Path runDir;
    @TempDir
    Path fromDatabase;

    /** Saves the sample trials last-planned first, in two committed batches, feeding {@code live}. */
    private void saveOutOfPlanOrder(LiveExports live) {
        List<TrialOutcome> outcomes = new ArrayList<>(SampleOutcomes.all());
        java.util.Collections.reverse(outcomes);
        try (RunStore store = RunStore.create(runDir.resolve("run.db"), SampleOutcomes.header(),
                MurphySliderItems.all())) {
            store.onCommitted(live);
            store.beginAttempt();
            store.beginBatch();
            for (int i = 0; i < outcomes.size(); i++) {
                SampleOutcomes.saveAsARunDoes(store, outcomes.get(i));
                if (i == 1) {
                    store.commitBatch();
                }
            }
            store.commitBatch();
            store.finish(SampleOutcomes.T0.plusSeconds(60));
        }
    }

    @Test
    void exportsAssembledFromSpoolsEqualThoseWrittenFromTheDatabaseByteForByte() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, true)) {
            saveOutOfPlanOrder(live);
            assertThat(live.covers(4)).isTrue();
            live.writeDecisions();
            live.writeTrials();
            live.writeTranscripts();
        }
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            RunExports.writeAll(reader, fromDatabase);
        }
        for (String f : FILES) {
            assertThat(Files.readAllBytes(runDir.resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(fromDatabase.resolve(f)));
        }
    }

    @Test
    void keptTrialRowsAreTheRowsReadBackInPlanOrder() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, false)) {
            saveOutOfPlanOrder(live);
            try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
                assertThat(live.trials()).isEqualTo(reader.trials()).hasSize(4);
            }
        }
    }

    @Test
    void answerTotalsSummedAsTrialsWereCommittedEqualThoseTheDatabaseSums() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, false)) {
            saveOutOfPlanOrder(live);
            try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
                AnswerTotals summed = AnswerTotals.read(reader, RunDigest.primaryItems(reader));
                AnswerTotals fed = live.answers();

                assertThat(fed.trialIds()).isEqualTo(summed.trialIds()).isNotEmpty();
                for (String id : summed.trialIds()) {
                    AnswerTotals.TrialAnswers a = fed.of(id);
                    AnswerTotals.TrialAnswers b = summed.of(id);
                    assertThat(List.of(a.answers(), a.invalid(), a.reasked(), a.extractor(), a.primaryWithPayoffs()))
                            .as(id).isEqualTo(List.of(b.answers(), b.invalid(), b.reasked(), b.extractor(),
                                    b.primaryWithPayoffs()));
                    assertThat(a.payoffSelf()).as(id).isEqualTo(b.payoffSelf());
                    assertThat(a.payoffOther()).as(id).isEqualTo(b.payoffOther());
                }
                assertThat(fed.invalidAnswers()).isEqualTo(summed.invalidAnswers()).isNotEmpty();
            }
        }
    }

    @Test
    void unreadableAnswersOfTrialsCommittedOutOfPlanOrderAreListedInPlanOrder() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, false)) {
            live.accept(invalidTrial("t3", 3, 4, 1));
            live.accept(invalidTrial("t0", 0, 2, 5));

            assertThat(live.answers().invalidAnswers()).extracting(d -> d.trialId() + "#" + d.position())
                    .containsExactly("t0#2", "t0#5", "t3#1", "t3#4");
        }
    }

    /** A trial of the plan with two answers (at these asking positions, given last first) no choice was read from. */
    private static SavedTrial invalidTrial(String id, int plan, int firstPosition, int secondPosition) {
        TrialRow trial = new TrialRow(id, plan, "sim", "simulated", "simulated-agent", "prosocial", 45.0,
                SvoCategory.PROSOCIAL, "direct", plan, 1L, TrialStatus.INVALID, null, null, null, null, null, null,
                null, null, null, null, null, 2, 2, null, null, SampleOutcomes.T0, SampleOutcomes.T0, 0L);
        List<DecisionRow> decisions = List.of(unreadable(id, 1, secondPosition), unreadable(id, 2, firstPosition));
        return new SavedTrial(trial, decisions, List.of());
    }

    private static DecisionRow unreadable(String trialId, int item, int position) {
        return new DecisionRow(trialId, item, position, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), null, null, null, null,
                null, ParseMethod.INVALID, 3, "no idea");
    }

    @Test
    void closingDeletesTheSpoolFiles() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, true)) {
            saveOutOfPlanOrder(live);
            assertThat(spoolFiles()).hasSize(3);
        }
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void moreTrialsThanMayWaitOrBeHeldBackAreAllSpooledAndAssembledInPlanOrder() throws IOException {
        int planned = LiveExports.HELD + LiveExports.WAITING + 5;
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), planned, false)) {
            for (int plan = planned - 1; plan >= 0; plan--) {
                live.accept(new SavedTrial(trialRow(plan), List.of(), List.of()));
            }
            assertThat(live.covers(planned)).isTrue();
            assertThat(live.trials()).extracting(TrialRow::planIndex).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, planned).boxed().toList());
            live.writeTrials();
            assertThat(spoolOf(TrialsCsv.FILE)).as("copied from the spool, which stays until closed").isPresent();
        }
        assertThat(Files.readString(runDir.resolve(TrialsCsv.FILE))).isEqualTo(trialsCsv(planned));
    }

    @Test
    void trialsCommittedNearlyInPlanOrderAreSpooledInPlanOrderAndTheSpoolBecomesTheExport() throws IOException {
        int planned = 300;
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), planned, false)) {
            for (int block = 0; block < planned; block += 10) {
                for (int plan = block + 9; plan >= block; plan--) {
                    live.accept(new SavedTrial(trialRow(plan), List.of(), List.of()));
                }
            }
            live.writeTrials();
            assertThat(spoolOf(TrialsCsv.FILE)).as("moved into place").isEmpty();
        }
        assertThat(Files.readString(runDir.resolve(TrialsCsv.FILE))).isEqualTo(trialsCsv(planned));
    }

    private java.util.Optional<Path> spoolOf(String export) throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + export + ".")
                    && f.getFileName().toString().endsWith(".spool")).findFirst();
        }
    }

    /** trials.csv of the trials {@link #trialRow} makes for plans 0 .. planned - 1. */
    private static String trialsCsv(int planned) {
        StringBuilder csv = new StringBuilder(CsvTable.record(TrialsCsv.COLUMNS));
        for (int plan = 0; plan < planned; plan++) {
            CsvTable.appendRecord(csv, TrialsCsv.cells(trialRow(plan)));
        }
        return csv.toString();
    }

    private static TrialRow trialRow(int plan) {
        return new TrialRow(String.format(java.util.Locale.ROOT, "t%05d", plan), plan, "sim", "simulated",
                "simulated-agent", "prosocial", 45.0, SvoCategory.PROSOCIAL, "direct", plan, plan, TrialStatus.FAILED,
                "no reply", null, null, null, null, null, null, null, null, null, null, 0, 0, null, null,
                SampleOutcomes.T0, SampleOutcomes.T0, 0L);
    }

    @Test
    void aTrialOutsideThePlanStopsSpoolingSoTheExportsComeFromTheDatabase() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 2, false)) {
            saveOutOfPlanOrder(live);
            assertThat(live.covers(4)).isFalse();
            assertThat(live.covers(0)).isFalse();
            assertThat(live.failure()).hasMessageContaining("outside the plan");
        }
    }

    @Test
    void spoolsLeftByADeadProcessAreDeletedAndThoseOfALiveOneKept() throws IOException, InterruptedException {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path ofDead = runDir.resolve(".decisions.csv." + dead.pid() + ".spool");
        Path ofLive = runDir.resolve(".trials.csv." + ProcessHandle.current().parent().orElseThrow().pid() + ".spool");
        Files.writeString(ofDead, "left over");
        Files.writeString(ofLive, "still being written");
        LiveExports.deleteLeftovers(runDir);
        assertThat(ofDead).doesNotExist();
        assertThat(ofLive).exists();
    }

    private List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".spool")).toList();
        }
    }
}
