package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emulated CrowS-Pairs scenarios: the emulator backend is asked through its gateway once per
 * sentence, its scenarios go to {@code <output>/emulator-cache.jsonl}, and a second run reuses them
 * without asking again (the cache does not grow).
 */
class BiasProbeEmulatorTest {
    @TempDir
    Path dir;

    @Test
    void emulatedScenariosAreCachedInTheOutputFolderAndReusedByTheNextRun() throws Exception {
        Path crows = Path.of(BiasProbeEmulatorTest.class.getResource("/bias/crows/fixture.csv").toURI());
        Path config = dir.resolve("probe.yaml");
        Files.writeString(config, """
                experiment: probe
                backends:
                  judge: {provider: simulated}
                  writer: {provider: simulated}
                bias:
                  conditions: [none]
                  sources: [{type: crows_pairs, path: %s, mode: emulated, emulator: writer}]
                """.formatted(crows));
        Path out = dir.resolve("out");
        Path cache = out.resolve("emulator-cache.jsonl");

        CliRun first = CliRun.of("run", config.toString(), "-o", out.toString(), "--no-progress");
        List<String> afterFirst = Files.readAllLines(cache);
        CliRun second = CliRun.of("run", config.toString(), "-o", out.toString(), "--no-progress");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(afterFirst).isNotEmpty();
        assertThat(Files.readAllLines(cache)).isEqualTo(afterFirst);
        try (var runs = Files.list(out.resolve("probe"))) {
            for (Path run : runs.toList()) {
                assertThat(Files.readString(run.resolve("judgements.csv"))).contains("crows-emulated:")
                        .doesNotContain("judge/writer/");
            }
        }
    }
}
