package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

/** A config that sets every field maps to exactly the records it describes. */
class FullConfigTest {

    @TempDir
    Path dir;

    static final String FULL = """
            experiment: full.run-1
            seed: 9007199254740993
            repetitions: 12
            items: all
            concurrency: 16
            output: runs/here
            backends:
              sim-faithful:
                provider: simulated
                fidelity: 0.95
                pull_angle: -10
                noise: 0
                malformed_rate: 0.5
              gpt:
                provider: openai
                model: gpt-4o-mini
                base_url: https://example.org/v1
                api_key_env: MY_KEY
                temperature: 1.5
                top_p: 0.9
                max_tokens: 300
                seed: 7
                timeout_seconds: 12.5
              claude:
                provider: anthropic
                model: claude-3-5-haiku-latest
                temperature: 0.2
              llama:
                provider: ollama
                model: llama3.1:8b
                base_url: http://gpu-box:11434
                seed: -3
            agents: [gpt, sim-faithful, llama]
            values:
              - altruistic
              - competitive
              - {angle: 30, name: mild-prosocial}
              - {angle: -7.5}
            protocols:
              - name: hvae-goal
                type: hvae
                goal_prompt: false
                max_reasks: 0
                extractor: claude
                shuffle_items: true
                shuffle_options: false
              - name: direct-json
                type: direct
                answer_format: json
                max_reasks: 5
                shuffle_options: true
            templates:
              hvae.goal: "State your goal."
            """;

    @Test
    void everyFieldMapsToItsRecord() throws Exception {
        ExperimentConfig config = ConfigFixtures.load(dir, FULL);

        assertThat(config.source()).isEqualTo(dir.resolve("config.yaml"));
        assertThat(config.rawText()).isEqualTo(FULL);
        assertThat(config.experiment()).isEqualTo("full.run-1");
        assertThat(config.seed()).isEqualTo(9007199254740993L);
        assertThat(config.repetitions()).isEqualTo(12);
        assertThat(config.measure()).isEqualTo(MurphySliderItems.all());
        assertThat(config.concurrency()).isEqualTo(16);
        assertThat(config.output()).isEqualTo(Path.of("runs/here"));
        assertThat(config.backends()).containsExactly(
                Map.entry("sim-faithful", new BackendSpec.Simulated(new SimulatedAgentSettings(0.95, -10, 0, 0.5)
                        .withJudge(SimulatedJudgeSettings.DEFAULTS.withVoice("sim-faithful")))),
                Map.entry("gpt", new BackendSpec.OpenAi("gpt-4o-mini", "https://example.org/v1", "MY_KEY",
                        new SamplingParameters(1.5, 0.9, 300, 7), Duration.ofMillis(12_500))),
                Map.entry("claude", new BackendSpec.Anthropic("claude-3-5-haiku-latest",
                        BackendSpec.Anthropic.DEFAULT_BASE_URL, null,
                        new SamplingParameters(0.2, null, null, null), Duration.ofSeconds(60))),
                Map.entry("llama", new BackendSpec.Ollama("llama3.1:8b", "http://gpu-box:11434",
                        new SamplingParameters(null, null, null, -3), Duration.ofSeconds(60))));
        assertThat(config.agents()).containsExactly("gpt", "sim-faithful", "llama");
        assertThat(config.values()).containsExactly(
                new TargetValue.Named(SvoCategory.ALTRUISTIC),
                new TargetValue.Named(SvoCategory.COMPETITIVE),
                new TargetValue.Explicit(30, "mild-prosocial"),
                new TargetValue.Explicit(-7.5, null));
        assertThat(config.protocols()).containsExactly(
                new ProtocolSpec.Hvae("hvae-goal", false, 0, "claude", new ItemOrder(true, false)),
                new ProtocolSpec.Direct("direct-json", AnswerFormat.JSON, 5, new ItemOrder(false, true)));
        assertThat(config.templateOverrides()).containsExactly(Map.entry("hvae.goal", "State your goal."));
        assertThat(config.trialCount()).isEqualTo(3L * 4 * 2 * 12);
    }

    @Test
    void sha256IsTheHashOfTheFilesBytes() throws Exception {
        ExperimentConfig config = ConfigFixtures.load(dir, FULL);

        byte[] bytes = Files.readAllBytes(dir.resolve("config.yaml"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(config.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(config.rawText());
    }

    @Test
    void changingOneCharacterChangesTheHash() throws Exception {
        String first = ConfigFixtures.load(dir, FULL).sha256();
        String second = ConfigFixtures.load(dir, FULL.replace("repetitions: 12", "repetitions: 13")).sha256();

        assertThat(second).isNotEqualTo(first);
        assertThat(List.of(first, second)).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }
}
