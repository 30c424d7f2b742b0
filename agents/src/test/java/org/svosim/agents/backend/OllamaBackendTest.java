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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.OllamaStub;
import org.svosim.agents.stub.StubReply;

class OllamaBackendTest {
    private static final List<ChatMessage> DIALOGUE = List.of(
            SystemMessage.from("You are a competitive person."),
            UserMessage.from("Describe yourself."),
            AiMessage.from("I like to win."),
            UserMessage.from("Which option?"));

    private final OllamaStub stub = new OllamaStub(request -> StubReply.text("I", 77, 2));

    @AfterEach
    void stop() {
        stub.close();
    }

    private ChatModel model(SamplingParameters sampling) {
        return ChatModels.create(new BackendSpec.Ollama("llama-test:8b", stub.baseUrl(), sampling,
                Duration.ofSeconds(5)), Map.<String, String>of()::get);
    }

    @Test
    void requestCarriesModelMessagesAndOptions() {
        model(new SamplingParameters(0.3, 0.8, 64, 7)).chat(DIALOGUE);

        JsonNode body = stub.lastRequest().body();
        assertThat(stub.lastRequest().path()).isEqualTo("/api/chat");
        assertThat(body.path("model").asText()).isEqualTo("llama-test:8b");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("system", "user", "assistant", "user");
        assertThat(body.path("messages").get(2).path("content").asText()).isEqualTo("I like to win.");
        JsonNode options = body.path("options");
        assertThat(options.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(options.path("top_p").asDouble()).isEqualTo(0.8);
        assertThat(options.path("num_predict").asInt()).isEqualTo(64);
        assertThat(options.path("seed").asInt()).isEqualTo(7);
    }

    @Test
    void plainHttpRequestsDoNotAskForAnHttp2Upgrade() {
        model(null).chat(DIALOGUE);

        assertThat(stub.lastRequest().header("Upgrade")).isNull();
    }

    @Test
    void replyTextAndEvalCountsComeBackAsTokenUsage() {
        ModelReply reply = ModelReply.of(model(null).chat(DIALOGUE));

        assertThat(reply.text()).isEqualTo("I");
        assertThat(reply.modelId()).isEqualTo("llama-test:8b");
        assertThat(reply.inputTokens()).isEqualTo(77);
        assertThat(reply.outputTokens()).isEqualTo(2);
    }

    @Test
    void serverErrorSurfacesAsAnExceptionAfterExactlyOneRequest() {
        stub.respondWith(request -> StubReply.failure(500, "model runner crashed"));
        ChatModel model = model(null);

        assertThatThrownBy(() -> model.chat(DIALOGUE)).isInstanceOf(LangChain4jException.class);
        assertThat(stub.requests()).hasSize(1);
    }
}
