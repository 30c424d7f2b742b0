package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends with exit code 2, a message naming what is wrong, and nothing written. */
class CliExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void validateNamesFileLineAndFieldOfAConfigErrorAndExitsTwo() throws IOException {
        Path cfg = dir.resolve("bad.yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: bad",
                "repetitions: 2",
                "backends:",
                "  sim:",
                "    provider: simulated",
                "    fidelity: 1.5",
                "values: [prosocial]",
                ""));
        CliRun r = CliRun.of("validate", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:6:").contains("backends.sim.fidelity");
    }

    @Test
    void validateAcceptsTheQuickstartAndPrintsThePlan() {
        CliRun r = CliRun.of("validate", Path.of("..", "configs", "quickstart.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("160 trials planned");
    }

    @Test
    void runWithAnUnsetKeyVariableExitsTwoNamingItAndWritesNothing() throws IOException {
        Path cfg = dir.resolve("keyed.yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: keyed",
                "repetitions: 1",
                "backends:",
                "  gpt:",
                "    provider: openai",
                "    model: gpt-4o-mini",
                "    api_key_env: SVO_SIM_TEST_KEY_THAT_IS_NEVER_SET",
                "values: [prosocial]",
                ""));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", cfg.toString(), "--output", out.toString(), "--no-progress");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("SVO_SIM_TEST_KEY_THAT_IS_NEVER_SET");
        assertThat(out).doesNotExist();
    }

    @Test
    void runOfAMissingConfigFileExitsTwo() {
        CliRun r = CliRun.of("run", dir.resolve("nope.yaml").toString(), "--no-progress");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml");
    }

    @Test
    void analyzeOfAFolderWithoutRunDatabaseExitsTwo() {
        CliRun r = CliRun.of("analyze", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("run.db");
    }

    @Test
    void unknownSubcommandExitsTwo() {
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }
}
