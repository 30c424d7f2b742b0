package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema and {@code validate} apply the same field rules: each case below is accepted by
 * both or rejected by both (each rejected case breaks one rule: type, range, choice, required,
 * unknown field, pattern, provider-specific field).
 */
class SchemaAgreesWithLoaderTest {
    private static final String BASE = "experiment: test\nrepetitions: 3\nvalues: [prosocial]\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "backends: {sim: {provider: simulated}}",
        "backends: {sim: {provider: Simulated, fidelity: 1, noise: 0}}",
        "backends: {sim: {provider: simulated}}\nseed:",
        "backends: {sim: {provider: simulated}}\nitems: ' ALL '",
        "backends: {sim: {provider: simulated}}\nitems: custom\ncustom_items: [{kind: primary, options: [[1, 2], [3, 4]]}]",
        "backends: {gpt: {provider: openai, model: m, base_url: 'http://localhost:8000/v1', temperature: 2, top_p: 1}}",
        "backends: {c: {provider: anthropic, model: m, temperature: 1, api_key_env: MY_KEY}}",
        "backends: {sim: {provider: simulated}}\nprotocols: [{name: d, type: direct, answer_format: JSON, max_reasks: 5}]",
        "backends: {sim: {provider: simulated}}\nvalues: [{angle: -180, name: far}, Competitive]",
    })
    void bothAccept(String yaml) throws ConfigException {
        String config = yaml.contains("values:") ? yaml + "\nexperiment: test\nrepetitions: 3\n" : BASE + yaml;

        assertThat(SchemaValidation.problems(config)).isEmpty();
        assertThat(ConfigFixtures.load(dir, config)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "backends: {sim: {provider: simulated, fidelity: 1.5}}",
        "backends: {sim: {provider: simulated, fidelty: 0.5}}",
        "backends: {sim: {provider: simulatd}}",
        "backends: {sim: {fidelity: 0.5}}",
        "backends: {}",
        "backends: {'bad name': {provider: simulated}}",
        "backends: {sim: {provider: simulated}}\nconcurrency: 0",
        "backends: {sim: {provider: simulated}}\nconcurrency: '8'",
        "backends: {sim: {provider: simulated}}\nitems: custom",
        "backends: {sim: {provider: simulated}}\ncustom_items: [{kind: primary, options: [[1, 2], [3, 4]]}]",
        "backends: {sim: {provider: simulated}}\nitems: custom\ncustom_items: [{kind: secondary, options: [[1, 2], [3, 4]]}]",
        "backends: {sim: {provider: simulated}}\nitems: custom\ncustom_items: [{kind: primary, options: [[1, 2]]}]",
        "backends: {gpt: {provider: openai, model: m, temperature: 2.5}}",
        "backends: {gpt: {provider: openai, model: m, top_p: 0}}",
        "backends: {gpt: {provider: openai, model: m, base_url: 'ftp://x'}}",
        "backends: {gpt: {provider: openai, model: m, api_key_env: 'sk-123'}}",
        "backends: {gpt: {provider: openai, model: ' '}}",
        "backends: {gpt: {provider: openai}}",
        "backends: {c: {provider: anthropic, model: m, temperature: 1.5}}",
        "backends: {c: {provider: anthropic, model: m, seed: 3}}",
        "backends: {o: {provider: ollama, model: m, api_key_env: KEY}}",
        "backends: {sim: {provider: simulated}}\nprotocols: [{name: d, type: direct, goal_prompt: true}]",
        "backends: {sim: {provider: simulated}}\nprotocols: [{name: h, type: hvae, max_reasks: 6}]",
        "backends: {sim: {provider: simulated}}\nprotocols: [{type: hvae}]",
        "backends: {sim: {provider: simulated}}\nprotocols: []",
        "backends: {sim: {provider: simulated}}\nagents: [sim, sim]",
        "backends: {sim: {provider: simulated}}\ntemplates: {hvae.tsk: hi}",
        "backends: {sim: {provider: simulated}}\nrepetitions: 0",
        "backends: {sim: {provider: simulated}}\nextra: 1",
    })
    void bothReject(String yaml) {
        String config = yaml.contains("repetitions:")
                ? "experiment: test\nvalues: [prosocial]\n" + yaml : BASE + yaml;

        assertThat(SchemaValidation.problems(config)).as("schema problems").isNotEmpty();
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigFixtures.load(dir, config));
        assertThat(e).as("loader rejects").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "values: []",
        "values: [prosocail]",
        "values: [{angle: 200}]",
        "values: [{name: x}]",
        "values: [30]",
    })
    void bothRejectBadValues(String yaml) {
        String config = "experiment: test\nrepetitions: 3\nbackends: {sim: {provider: simulated}}\n" + yaml;

        assertThat(SchemaValidation.problems(config)).as("schema problems").isNotEmpty();
        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigFixtures.load(dir, config))).isNotNull();
    }
}
