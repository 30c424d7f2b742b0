package org.svosim.simulation.bias;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.config.ConfigLoader;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunOptions;

/** A stop request (Ctrl-C) ends a probe after the calls in flight, marks it stopped, and a resume finishes it. */
class BiasRunStopTest {
    private static final Function<String, String> NO_KEYS = name -> null;

    @TempDir
    Path dir;

    @Test
    void stoppedProbeKeepsItsAnswersAndResumeAsksTheRest() throws Exception {
        Path file = dir.resolve("probe.yaml");
        Files.writeString(file, """
                experiment: probe
                concurrency: 1
                backends: {a: {provider: simulated}}
                bias:
                  sources: [{type: bbq, path: %s}]
                """.formatted(Path.of(getClass().getResource("/bias/bbq/Fixture.jsonl").toURI())));
        ExperimentConfig config = new ConfigLoader().load(file, Set.copyOf(PromptTemplates.defaults().names()));
        RunOptions options = new RunOptions(dir.resolve("out"), null, null);
        RunControl stopAtOnce = new RunControl();
        stopAtOnce.requestStop("interrupted");

        BiasRun.Result stopped = BiasRun.start(config, options, NO_KEYS, stopAtOnce);
        String status = new ObjectMapper().readTree(stopped.folder().manifest().toFile()).path("status").asText();
        BiasRun.Result resumed = BiasRun.resume(stopped.folder(), config, options, NO_KEYS, new RunControl());

        int planned = 3 * stopped.scenarios();
        assertThat(stopped.tally().stopReason()).isEqualTo("interrupted");
        assertThat(stopped.tally().answered()).isBetween(1, planned - 1);
        assertThat(status).startsWith("stopped (interrupted)");
        assertThat(resumed.tally().stopReason()).isNull();
        assertThat(stopped.tally().answered() + resumed.tally().answered()).isEqualTo(planned);
        assertThat(new ObjectMapper().readTree(stopped.folder().manifest().toFile()).path("status").asText())
                .isEqualTo("finished");
    }
}
