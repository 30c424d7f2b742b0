package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.store.RunReader;

/** Writes the analysis of the synthetic run under target/analysis-samples/ for a look at the figures. */
class ResearchAnalysisSamplesTest {

    @Test
    void syntheticRunAnalysisIsWrittenUnderTargetForInspection() throws IOException {
        Path dir = Path.of("target", "analysis-samples");
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        SyntheticRun.write(dir.resolve("run.db"));

        AnalysisOutputs out;
        try (RunReader reader = RunReader.open(dir.resolve("run.db"))) {
            out = ResearchAnalysis.write(reader, dir, AnalysisSettings.defaults());
        }

        assertThat(out.tables()).allSatisfy(t -> assertThat(t.file()).exists());
        assertThat(out.figures()).allSatisfy(f -> assertThat(f.png()).exists());
        Path two = dir.resolve("two-protocols");
        SyntheticRun.write(two.resolve("run.db"), java.util.List.of("plain", "goal"));
        try (RunReader reader = RunReader.open(two.resolve("run.db"))) {
            assertThat(ResearchAnalysis.write(reader, two, AnalysisSettings.defaults()).figures()).hasSize(11);
        }
        Path empty = dir.resolve("empty");
        SyntheticRun.writeEmpty(empty.resolve("run.db"));
        try (RunReader reader = RunReader.open(empty.resolve("run.db"))) {
            assertThat(ResearchAnalysis.write(reader, empty, AnalysisSettings.defaults()).figures()).hasSize(3);
        }
    }
}
