package org.svosim.agents.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChatModelsTest {
    private static final Function<String, String> EMPTY_ENV = Map.<String, String>of()::get;

    @Test
    void missingNamedKeyVariableIsReportedByName() {
        BackendSpec spec = new BackendSpec.OpenAi("gpt-test", "http://127.0.0.1:1/v1", "MY_SECRET_KEY_VAR", null, null);

        assertThatThrownBy(() -> ChatModels.create(spec, EMPTY_ENV))
                .isInstanceOf(MissingApiKeyException.class)
                .hasMessageContaining("MY_SECRET_KEY_VAR")
                .extracting(e -> ((MissingApiKeyException) e).variable()).isEqualTo("MY_SECRET_KEY_VAR");
    }

    @Test
    void blankKeyCountsAsMissing() {
        BackendSpec spec = new BackendSpec.Anthropic("claude-test", null, "ANTH_KEY", null, null);

        assertThatThrownBy(() -> ChatModels.create(spec, Map.of("ANTH_KEY", "  ")::get))
                .isInstanceOf(MissingApiKeyException.class)
                .hasMessageContaining("ANTH_KEY");
    }

    @Test
    void officialEndpointWithoutKeyVariableReadsTheConventionalOne() {
        BackendSpec openAi = new BackendSpec.OpenAi("gpt-test", null, null, null, null);
        BackendSpec anthropic = new BackendSpec.Anthropic("claude-test", BackendSpec.Anthropic.DEFAULT_BASE_URL,
                null, null, null);

        assertThatThrownBy(() -> ChatModels.create(openAi, EMPTY_ENV)).hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> ChatModels.create(anthropic, EMPTY_ENV)).hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void officialEndpointIsRecognisedWithOrWithoutTrailingSlash() {
        assertThat(ApiKeys.isOfficial("https://api.openai.com/v1/", BackendSpec.OpenAi.DEFAULT_BASE_URL)).isTrue();
        assertThat(ApiKeys.isOfficial(null, BackendSpec.OpenAi.DEFAULT_BASE_URL)).isTrue();
        assertThat(ApiKeys.isOfficial("http://localhost:8000/v1", BackendSpec.OpenAi.DEFAULT_BASE_URL)).isFalse();
    }

    @Test
    void simulatedBackendIsRefusedWithAPointerToTheSimulatedModel() {
        BackendSpec spec = new BackendSpec.Simulated(new SimulatedAgentSettings(1, 0, 0, 0));

        assertThatThrownBy(() -> ChatModels.create(spec, EMPTY_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SimulatedChatModel");
    }

    @Test
    void specWithoutModelIdIsRefused() {
        BackendSpec spec = new BackendSpec.Ollama(" ", null, null, null);

        assertThatThrownBy(() -> ChatModels.create(spec, EMPTY_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no model id");
    }
}
