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
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;
import org.svosim.simulation.store.SampleOutcomes;

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
    void closingDeletesTheSpoolFiles() throws IOException {
        try (LiveExports live = LiveExports.start(runDir, MurphySliderItems.all(), 4, true)) {
            saveOutOfPlanOrder(live);
            assertThat(spoolFiles()).hasSize(3);
        }
        assertThat(spoolFiles()).isEmpty();
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
