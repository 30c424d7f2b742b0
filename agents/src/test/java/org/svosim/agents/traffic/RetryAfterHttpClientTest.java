package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.AnthropicStub;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultyOpenAiStub;
import org.svosim.agents.stub.OllamaStub;
import org.svosim.agents.stub.StubReply;

class RetryAfterHttpClientTest {
    private static CallFailure failureOf(ChatModel model) {
        Throwable thrown = catchThrowable(() -> model.chat(ChatRequest.builder().messages(UserMessage.from("hi")).build()));
        assertThat(thrown).isNotNull();
        return FailureClassifier.classify(thrown);
    }

    @Test
    void aFixedRequestTimeoutWinsOverTheModelsOwnTimeout() {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.HANG)) {
            ChatModel model = OpenAiChatModel.builder()
                    .httpClientBuilder(RetryAfterHttpClient.builder().fixedRequestTimeout(Duration.ofMillis(300)))
                    .baseUrl(stub.baseUrl()).apiKey("k").modelName("m")
                    .timeout(Duration.ofSeconds(30)).maxRetries(0).build();

            assertThat(failureOf(model).kind()).isEqualTo(FailureKind.TIMEOUT);
        }
    }

    @Test
    void theBuilderReportsTheTimeoutItWillUse() {
        RetryAfterHttpClientBuilder builder = RetryAfterHttpClient.builder().readTimeout(Duration.ofSeconds(60));
        assertThat(builder.build().requestTimeout()).isEqualTo(Duration.ofSeconds(60));

        builder.fixedRequestTimeout(Duration.ofSeconds(5));
        assertThat(builder.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(builder.build().requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anthropicOverloadAndRateLimitAreClassifiedThroughThisClient() {
        try (AnthropicStub stub = new AnthropicStub(r -> StubReply.failure(529, "Overloaded"))) {
            ChatModel model = AnthropicChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(stub.baseUrl()).apiKey("k").modelName("claude").maxTokens(10).maxRetries(0).build();

            assertThat(failureOf(model).kind()).isEqualTo(FailureKind.SERVER_ERROR);
            stub.respondWith(r -> StubReply.failure(429, "rate limited"));
            assertThat(failureOf(model).kind()).isEqualTo(FailureKind.RATE_LIMITED);
        }
    }

    @Test
    void ollamaServerErrorsAreClassifiedThroughThisClient() {
        try (OllamaStub stub = new OllamaStub(r -> StubReply.failure(500, "model failed to load"))) {
            ChatModel model = OllamaChatModel.builder().httpClientBuilder(RetryAfterHttpClient.builder())
                    .baseUrl(stub.baseUrl()).modelName("llama").maxRetries(0).build();

            CallFailure failure = failureOf(model);
            assertThat(failure.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(failure.message()).contains("model failed to load");
        }
    }
}
