package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.SampleOutcomes;
import org.svosim.simulation.store.TrialRow;

class DecisionsCsvPartsTest {
    @TempDir
    Path runDir;

    @BeforeEach
    void saveSamples() {
        SampleOutcomes.writeFinishedRun(runDir.resolve("run.db"));
    }

    @Test
    void aFileWrittenInPartsIsTheSameAsOneWrittenWholeAndLeavesNoPartsBehind() throws IOException {
        Path whole = runDir.resolve("whole");
        Path parts = runDir.resolve("parts");
        Files.createDirectories(whole);
        Files.createDirectories(parts);
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            List<TrialRow> trials = reader.trials();
            DecisionsCsv.write(whole, reader, trials, 1);
            DecisionsCsv.write(parts, reader, trials, trials.size(), 1);
        }
        assertThat(Files.readString(parts.resolve(DecisionsCsv.FILE)))
                .isEqualTo(Files.readString(whole.resolve(DecisionsCsv.FILE)));
        try (Stream<Path> left = Files.list(parts)) {
            assertThat(left).containsExactly(parts.resolve(DecisionsCsv.FILE));
        }
    }

    @Test
    void rangesCoverThePlanInOrderWithoutSplittingAPlanIndex() throws IOException {
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            List<TrialRow> trials = reader.trials();
            for (int parts = 1; parts <= trials.size() + 1; parts++) {
                List<List<TrialRow>> ranges = DecisionsCsv.ranges(trials, parts);

                assertThat(ranges.stream().flatMap(List::stream).toList()).isEqualTo(trials);
                assertThat(ranges).hasSizeLessThanOrEqualTo(parts).allSatisfy(r -> assertThat(r).isNotEmpty());
                for (int k = 1; k < ranges.size(); k++) {
                    List<TrialRow> before = ranges.get(k - 1);
                    assertThat(ranges.get(k).get(0).planIndex())
                            .isNotEqualTo(before.get(before.size() - 1).planIndex());
                }
            }
        }
    }
}
