package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run process is killed with SIGKILL half-way, then resumed; it must end with exactly the
 * trials, and the same results, as an uninterrupted run of the same config and seed.
 */
class ResumeAfterKillTest {
    static final int TRIALS = 4 * 150;

    @TempDir
    Path dir;

    @Test
    void killedRunResumesToExactlyTheTrialsOfAnUninterruptedRun() throws Exception {
        Path cfg = dir.resolve("resume.yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: resume",
                "seed: 99",
                "repetitions: 150",
                "concurrency: 8",
                "backends:",
                "  sim: {provider: simulated, fidelity: 0.8, noise: 3.0, malformed_rate: 0.1}",
                "values: [altruistic, prosocial, individualistic, competitive]",
                ""));
        Path killedRoot = dir.resolve("killed");
        Process p = CliProcess.start(dir.resolve("killed.log"), Map.of(), "run", cfg.toString(), "--output",
                killedRoot.toString(), "--no-progress");
        int storedWhenKilled = CliProcess.waitForStoredTrials(killedRoot.resolve("resume"), p, 60);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path killedRun = CliRun.onlyRunFolder(killedRoot, "resume");
        int storedAfterKill = CliProcess.storedTrials(killedRun);
        assertThat(storedAfterKill).as("the kill came mid-way").isBetween(1, TRIALS - 1);

        CliRun resumed = CliRun.of("run", "--resume", killedRun.toString(), "--no-progress");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();

        Path fullRoot = dir.resolve("full");
        CliRun full = CliRun.of("run", cfg.toString(), "--output", fullRoot.toString(), "--no-progress");
        assertThat(full.exitCode()).as(full.err()).isZero();

        Map<String, String> resumedResults = results(killedRun);
        Map<String, String> fullResults = results(CliRun.onlyRunFolder(fullRoot, "resume"));
        assertThat(resumedResults).hasSize(TRIALS);
        assertThat(resumedResults).isEqualTo(fullResults);
        System.out.printf("resume: killed with %d of %d trials stored (%d seen before the kill), resumed to %d;"
                + " every trial's status, angle and answers equal to the uninterrupted run%n",
                storedAfterKill, TRIALS, storedWhenKilled, resumedResults.size());
    }

    /** trial id -> status, angle and chosen letters, from trials.csv and decisions.csv. */
    private static Map<String, String> results(Path run) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (CSVRecord t : QuickstartEndToEndTest.read(run.resolve("trials.csv"))) {
            assertThat(m.put(t.get("trial_id"), t.get("status") + " " + t.get("angle"))).as("duplicate").isNull();
        }
        List<CSVRecord> decisions = QuickstartEndToEndTest.read(run.resolve("decisions.csv"));
        for (CSVRecord d : decisions) {
            m.merge(d.get("trial_id"), " " + d.get("chosen_letter") + "/" + d.get("method"), String::concat);
        }
        return m;
    }
}
