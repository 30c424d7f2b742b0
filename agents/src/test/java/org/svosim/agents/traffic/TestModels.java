package org.svosim.agents.traffic;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/** Real LangChain4j OpenAI chat models pointed at a local stub, built the way production should build them. */
final class TestModels {
    private TestModels() {
    }

    /** An OpenAI model on {@link RetryAfterHttpClient}, one attempt per call, with the given timeout. */
    static ChatModel openAi(String baseUrl, Duration timeout) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(RetryAfterHttpClient.builder())
                .baseUrl(baseUrl)
                .apiKey("test-key")
                .modelName("stub-model")
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    /** One attempt: ask, and treat a reply without text as a failure. */
    static CallAttempt<ChatResponse> ask(ChatModel model) {
        return () -> EmptyReplyException.requireText(model.chat(ChatRequest.builder()
                .messages(UserMessage.from("Option A or option B?")).build()));
    }

    /** Total tokens the provider reported, or -1 if it reported none. */
    static int reportedTokens(ChatResponse response) {
        return response.tokenUsage() == null || response.tokenUsage().totalTokenCount() == null
                ? -1 : response.tokenUsage().totalTokenCount();
    }
}
