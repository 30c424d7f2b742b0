package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWithoutTranscriptsTest {
    @TempDir
    Path output;

    @Test
    void runWithoutTranscriptsWritesEveryOtherOutputAndAnalyzeCanAddTheTranscriptsLater() throws IOException {
        CliRun run = CliRun.of("run", Path.of("..", "configs", "explicit-angles.yaml").toString(), "--output",
                output.toString(), "--no-progress", "--no-transcripts");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path runDir = CliRun.onlyRunFolder(output, "explicit-angles");

        assertThat(runDir.resolve("transcripts.jsonl")).doesNotExist();
        assertThat(runDir.resolve("trials.csv")).isNotEmptyFile();
        assertThat(runDir.resolve("decisions.csv")).isNotEmptyFile();
        assertThat(runDir.resolve("report.html")).isNotEmptyFile();

        CliRun analyze = CliRun.of("analyze", runDir.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(runDir.resolve("transcripts.jsonl")).isNotEmptyFile();
    }
}
