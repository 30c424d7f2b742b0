package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ProtocolSpec;

/** Every example in {@code configs/} loads without a problem and says what its comments claim. */
class ExampleConfigsTest {

    static Path configsFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("configs/quickstart.yaml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a parent folder holding configs/quickstart.yaml").isNotNull();
        return dir.resolve("configs");
    }

    static Stream<Path> exampleConfigs() throws IOException {
        try (Stream<Path> files = Files.list(configsFolder())) {
            List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleConfigs")
    void exampleConfigLoadsWithoutProblems(Path file) throws ConfigException {
        ExperimentConfig config = new ConfigLoader().load(file, ConfigFixtures.TEMPLATE_NAMES);

        assertThat(config.isBiasProbe() ? config.bias().judges().size()
                : config.isPopulationRun() ? config.population().games().size() : config.trialCount()).isPositive();
        assertThat(file.getFileName().toString()).isEqualTo(config.experiment() + ".yaml");
    }

    @Test
    void theFiveDocumentedExamplesExist() throws IOException {
        assertThat(exampleConfigs().map(f -> f.getFileName().toString())).contains("quickstart.yaml",
                "hvae-openai.yaml", "hvae-ollama.yaml", "explicit-angles.yaml", "openai-compatible.yaml");
    }

    @Test
    void quickstartNeedsNoModelAndNoKey() throws ConfigException {
        ExperimentConfig config = load("quickstart.yaml");

        assertThat(config.backends().values()).allMatch(b -> b instanceof BackendSpec.Simulated);
        assertThat(config.values()).hasSize(4);
        assertThat(ApiKeyCheck.missingApiKeys(config, name -> null)).isEmpty();
    }

    @Test
    void hvaeOpenAiRunsGoalPromptOnAndOffWithAnExtractor() throws ConfigException {
        ExperimentConfig config = load("hvae-openai.yaml");

        assertThat(config.protocols()).extracting(p -> ((ProtocolSpec.Hvae) p).goalPrompt()).containsExactly(true, false);
        assertThat(config.extractors()).containsExactly("extractor");
        assertThat(config.repetitions()).isEqualTo(10);
        assertThat(ApiKeyCheck.missingApiKeys(config, name -> null)).containsExactly("OPENAI_API_KEY");
    }

    @Test
    void explicitAnglesAsksAllItemsWithShuffledJsonAnswers() throws ConfigException {
        ExperimentConfig config = load("explicit-angles.yaml");

        assertThat(config.measure().items()).hasSize(15);
        assertThat(config.values()).extracting(v -> v.degrees()).containsExactly(-30.0, 0.0, 15.0, 30.0, 45.0, 60.0, 75.0);
        ProtocolSpec.Direct direct = (ProtocolSpec.Direct) config.protocols().get(0);
        assertThat(direct.format()).isEqualTo(AnswerFormat.JSON);
        assertThat(direct.order().shuffleOptions()).isTrue();
    }

    private static ExperimentConfig load(String name) throws ConfigException {
        return new ConfigLoader().load(configsFolder().resolve(name), ConfigFixtures.TEMPLATE_NAMES);
    }
}
