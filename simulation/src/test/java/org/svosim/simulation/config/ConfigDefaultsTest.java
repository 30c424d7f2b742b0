package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.SamplingParameters;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.backend.SimulatedJudgeSettings;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.MurphySliderItems;

/** What a config gets for every field it leaves out. */
class ConfigDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void minimalConfigGetsTheDocumentedDefaults() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, ConfigFixtures.MINIMAL);

        assertThat(config.seed()).isEqualTo(1L);
        assertThat(config.concurrency()).isEqualTo(8);
        assertThat(config.output()).isEqualTo(Path.of("output"));
        assertThat(config.measure()).isEqualTo(MurphySliderItems.primary());
        assertThat(config.protocols()).containsExactly(
                new ProtocolSpec.Hvae("hvae-goal", true, 1, null, ItemOrder.published()));
        assertThat(config.agents()).containsExactly("sim");
        assertThat(config.templateOverrides()).isEmpty();
    }

    @Test
    void simulatedBackendDefaults() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, ConfigFixtures.MINIMAL);

        assertThat(config.backends().get("sim"))
                .isEqualTo(new BackendSpec.Simulated(new SimulatedAgentSettings(0.9, 25, 2.0, 0.02)
                        .withJudge(SimulatedJudgeSettings.DEFAULTS.withVoice("sim"))));
    }

    @Test
    void realBackendDefaultsLeaveSamplingAndTheKeyVariableToTheProvidersRules() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, """
                experiment: test
                repetitions: 1
                backends:
                  gpt: {provider: openai, model: gpt-4o-mini}
                  claude: {provider: anthropic, model: claude-haiku}
                  llama: {provider: ollama, model: llama3.1:8b}
                values: [prosocial]
                """);

        Duration minute = Duration.ofSeconds(60);
        SamplingParameters none = SamplingParameters.defaults();
        assertThat(config.backends()).containsExactly(
                java.util.Map.entry("gpt", new BackendSpec.OpenAi("gpt-4o-mini", BackendSpec.OpenAi.DEFAULT_BASE_URL,
                        null, none, minute)),
                java.util.Map.entry("claude", new BackendSpec.Anthropic("claude-haiku",
                        BackendSpec.Anthropic.DEFAULT_BASE_URL, null, none, minute)),
                java.util.Map.entry("llama", new BackendSpec.Ollama("llama3.1:8b",
                        BackendSpec.Ollama.DEFAULT_BASE_URL, none, minute)));
    }

    @Test
    void protocolDefaultsPerType() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, ConfigFixtures.MINIMAL + """
                protocols:
                  - {name: h, type: hvae}
                  - {name: d, type: direct}
                """);

        assertThat(config.protocols()).containsExactly(
                new ProtocolSpec.Hvae("h", true, 1, null, ItemOrder.published()),
                new ProtocolSpec.Direct("d", AnswerFormat.LETTER, 1, ItemOrder.published()));
    }

    @Test
    void defaultAgentsAreTheBackendsThatAreNotExtractors() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, """
                experiment: test
                repetitions: 1
                backends:
                  a: {provider: simulated}
                  judge: {provider: openai, model: gpt-4o-mini}
                  b: {provider: simulated}
                values: [prosocial]
                protocols:
                  - {name: x, type: hvae, extractor: judge}
                """);

        assertThat(config.agents()).containsExactly("a", "b");
        assertThat(config.extractors()).containsExactly("judge");
        assertThat(config.usedBackends()).containsExactly("a", "b", "judge");
    }
}
