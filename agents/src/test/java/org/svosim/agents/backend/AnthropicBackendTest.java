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
import org.svosim.agents.stub.AnthropicStub;
import org.svosim.agents.stub.RecordedRequest;
import org.svosim.agents.stub.StubReply;

class AnthropicBackendTest {
    private static final Function<String, String> ENV = Map.of("TEST_ANTHROPIC_KEY", "ak-test-456")::get;
    private static final List<ChatMessage> DIALOGUE = List.of(
            SystemMessage.from("You are an altruistic person."),
            UserMessage.from("Describe yourself."),
            AiMessage.from("I give."),
            UserMessage.from("Which option?"));

    private final AnthropicStub stub = new AnthropicStub(request -> StubReply.text("A", 55, 1));

    @AfterEach
    void stop() {
        stub.close();
    }

    private ChatModel model(SamplingParameters sampling) {
        return ChatModels.create(new BackendSpec.Anthropic("claude-test", stub.baseUrl(), "TEST_ANTHROPIC_KEY",
                sampling, Duration.ofSeconds(5)), ENV);
    }

    @Test
    void requestCarriesModelSystemMessagesAndSamplingButNoSeed() {
        model(new SamplingParameters(0.5, 0.95, 200, 9)).chat(DIALOGUE);

        RecordedRequest request = stub.lastRequest();
        JsonNode body = request.body();
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(body.path("model").asText()).isEqualTo("claude-test");
        assertThat(body.path("system").toString()).contains("You are an altruistic person.");
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("user", "assistant", "user");
        assertThat(body.path("messages").get(0).toString()).contains("Describe yourself.");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.5);
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.95);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(200);
        assertThat(body.has("seed")).isFalse();
    }

    @Test
    void keyAndVersionHeadersAreSent() {
        model(null).chat(DIALOGUE);

        assertThat(stub.lastRequest().header("x-api-key")).isEqualTo("ak-test-456");
        assertThat(stub.lastRequest().header("anthropic-version")).isNotBlank();
    }

    @Test
    void maxTokensDefaultsWhenTheConfigSetsNone() {
        model(SamplingParameters.defaults()).chat(DIALOGUE);

        assertThat(stub.lastRequest().body().path("max_tokens").asInt())
                .isEqualTo(ChatModels.ANTHROPIC_DEFAULT_MAX_TOKENS);
    }

    @Test
    void replyTextModelIdAndTokenUsageComeBack() {
        stub.respondWith(request -> StubReply.text("Answer: A", 55, 3).withModel("claude-test-20260101"));

        ModelReply reply = ModelReply.of(model(null).chat(DIALOGUE));

        assertThat(reply).isEqualTo(new ModelReply("Answer: A", "claude-test-20260101", 55, 3, "stop"));
    }

    @Test
    void serverErrorSurfacesAsAnExceptionAfterExactlyOneRequest() {
        stub.respondWith(request -> StubReply.failure(500, "overloaded stub"));
        ChatModel model = model(null);

        assertThatThrownBy(() -> model.chat(DIALOGUE)).isInstanceOf(LangChain4jException.class);
        assertThat(stub.requests()).hasSize(1);
    }
}
