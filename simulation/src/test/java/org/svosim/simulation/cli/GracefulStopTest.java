package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) during a run: no new trial starts, those in flight finish, the tables and the
 * manifest are written from a consistent database, and the run resumes to the end.
 */
class GracefulStopTest {

    @TempDir
    Path dir;

    @Test
    void interruptedRunStopsCleanlyWithConsistentOutputsAndResumes() throws Exception {
        Path cfg = dir.resolve("stop.yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: stop",
                "repetitions: 150",
                "concurrency: 8",
                "backends:",
                "  sim: {provider: simulated}",
                "values: [altruistic, prosocial, individualistic, competitive]",
                ""));
        Path out = dir.resolve("out");
        Path log = dir.resolve("stop.log");
        Process p = CliProcess.start(log, Map.of(), "run", cfg.toString(), "--output", out.toString(), "--no-progress");
        CliProcess.waitForStoredTrials(out.resolve("stop"), p, 40);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(130);

        Path run = CliRun.onlyRunFolder(out, "stop");
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertThat(manifest.path("status").asText()).isEqualTo("stopped: interrupted");
        int stored = CliProcess.storedTrials(run);
        assertThat(stored).isBetween(40, 599);
        assertThat(QuickstartEndToEndTest.read(run.resolve("trials.csv"))).hasSize(stored);
        assertThat(manifest.path("trials").path("valid").asInt() + manifest.path("trials").path("invalid").asInt()
                + manifest.path("trials").path("failed").asInt()).isEqualTo(stored);

        CliRun resumed = CliRun.of("run", "--resume", run.toString(), "--no-progress");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(QuickstartEndToEndTest.read(run.resolve("trials.csv"))).hasSize(600);
    }
}
