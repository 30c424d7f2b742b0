package org.svosim.agents.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.OpenAiStub;
import org.svosim.agents.stub.RecordedRequest;
import org.svosim.agents.stub.StubReply;

class OpenAiBackendTest {
    private static final Function<String, String> ENV = Map.of("TEST_OPENAI_KEY", "sk-test-123")::get;
    private static final List<ChatMessage> DIALOGUE = List.of(
            SystemMessage.from("You are a prosocial person."),
            UserMessage.from("Describe yourself."),
            AiMessage.from("I care about fair outcomes."),
            UserMessage.from("A: you receive 85 coins, the other participant receives 85 coins"));

    private final OpenAiStub stub = new OpenAiStub(request -> StubReply.text("A", 123, 4));

    @AfterEach
    void stop() {
        stub.close();
    }

    private ChatModel model(String keyEnv, SamplingParameters sampling) {
        return ChatModels.create(new BackendSpec.OpenAi("gpt-test", stub.baseUrl(), keyEnv, sampling,
                Duration.ofSeconds(5)), ENV);
    }

    @Test
    void requestCarriesModelMessagesAndSamplingParameters() {
        model("TEST_OPENAI_KEY", new SamplingParameters(0.7, 0.9, 50, 42)).chat(DIALOGUE);

        RecordedRequest request = stub.lastRequest();
        JsonNode body = request.body();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(body.path("model").asText()).isEqualTo("gpt-test");
        assertThat(body.path("messages")).hasSize(4);
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("system", "user", "assistant", "user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("You are a prosocial person.");
        assertThat(body.path("messages").get(3).path("content").asText()).startsWith("A: you receive 85 coins");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(50);
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.path("seed").asInt()).isEqualTo(42);
    }

    @Test
    void bearerTokenComesFromTheNamedEnvironmentVariable() {
        model("TEST_OPENAI_KEY", SamplingParameters.defaults()).chat(DIALOGUE);

        assertThat(stub.lastRequest().header("Authorization")).isEqualTo("Bearer sk-test-123");
    }

    @Test
    void plainHttpRequestsDoNotAskForAnHttp2Upgrade() {
        model("TEST_OPENAI_KEY", null).chat(DIALOGUE);

        assertThat(stub.lastRequest().header("Upgrade")).isNull();
    }

    @Test
    void unsetSamplingParametersAreLeftToTheServer() {
        model("TEST_OPENAI_KEY", SamplingParameters.defaults()).chat(DIALOGUE);

        JsonNode body = stub.lastRequest().body();
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("top_p")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.has("seed")).isFalse();
    }

    @Test
    void replyTextModelIdAndTokenUsageComeBack() {
        stub.respondWith(request -> StubReply.text("C", 123, 4).withModel("gpt-test-2026-01-01"));

        ModelReply reply = ModelReply.of(model("TEST_OPENAI_KEY", null).chat(DIALOGUE));

        assertThat(reply).isEqualTo(new ModelReply("C", "gpt-test-2026-01-01", 123, 4, "stop"));
    }

    @Test
    void replyCutAtTheTokenLimitReportsLength() {
        stub.respondWith(request -> StubReply.text("I would choose", 50, 3).asTruncated());

        ModelReply reply = ModelReply.of(model("TEST_OPENAI_KEY", null).chat(DIALOGUE));

        assertThat(reply.finishReason()).isEqualTo("length");
    }

    @Test
    void localServerWithoutKeyVariableGetsThePlaceholderKey() {
        model(null, null).chat(DIALOGUE);

        assertThat(stub.lastRequest().header("Authorization")).isEqualTo("Bearer " + ApiKeys.PLACEHOLDER);
    }

    @Test
    void serverErrorSurfacesAsAnExceptionAfterExactlyOneRequest() {
        stub.respondWith(request -> StubReply.failure(500, "the stub is down"));
        ChatModel model = model("TEST_OPENAI_KEY", null);

        assertThatThrownBy(() -> model.chat(DIALOGUE))
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("the stub is down");
        assertThat(stub.requests()).hasSize(1);
    }
}
