package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which key variables the runner must find before the first call. */
class ApiKeyCheckTest {

    @TempDir
    Path dir;

    private static final String BACKENDS = """
            experiment: test
            repetitions: 1
            backends:
              gpt: {provider: openai, model: gpt-4o-mini}
              gpt2: {provider: openai, model: gpt-4.1-nano}
              local: {provider: openai, model: qwen, base_url: "http://localhost:8000/v1"}
              claude: {provider: anthropic, model: claude-haiku, api_key_env: CLAUDE_KEY}
              llama: {provider: ollama, model: llama3.1:8b}
              sim: {provider: simulated}
            values: [prosocial]
            """;

    @Test
    void unsetKeysOfRealBackendsAreListedOnceInBackendOrder() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, BACKENDS);

        assertThat(ApiKeyCheck.missingApiKeys(config, name -> null)).containsExactly("OPENAI_API_KEY", "CLAUDE_KEY");
    }

    @Test
    void setKeysAreNotMissingAndBlankOnesAre() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, BACKENDS);
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-x", "CLAUDE_KEY", "  ");

        assertThat(ApiKeyCheck.missingApiKeys(config, env::get)).containsExactly("CLAUDE_KEY");
    }

    @Test
    void backendsThatAreNotUsedNeedNoKey() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, BACKENDS + "agents: [local, sim]\n");

        assertThat(ApiKeyCheck.missingApiKeys(config, name -> null)).isEmpty();
    }

    @Test
    void anExtractorNeedsItsKeyToo() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, BACKENDS + """
                agents: [sim]
                protocols:
                  - {name: x, type: hvae, extractor: claude}
                """);

        assertThat(ApiKeyCheck.missingApiKeys(config, name -> null)).containsExactly("CLAUDE_KEY");
    }
}
