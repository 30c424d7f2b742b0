package org.svosim.agents.backend;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Locale;
import java.util.Objects;

/**
 * What a model call returned, in the terms the run store records.
 *
 * @param text         the reply text ("" when the provider returned none)
 * @param modelId      the model id as reported by the provider, or null if it reported none
 * @param inputTokens  prompt tokens as reported, or null if unknown
 * @param outputTokens completion tokens as reported, or null if unknown
 * @param finishReason why generation stopped in lower case ("stop", "length", ...), or null if unknown
 */
public record ModelReply(String text, String modelId, Integer inputTokens, Integer outputTokens, String finishReason) {
    public ModelReply {
        Objects.requireNonNull(text, "text (use \"\" for an empty reply)");
    }

    /** Reads a LangChain4j response; missing parts become null (or "" for the text). */
    public static ModelReply of(ChatResponse response) {
        Objects.requireNonNull(response, "response");
        AiMessage message = response.aiMessage();
        String text = message == null || message.text() == null ? "" : message.text();
        TokenUsage usage = response.tokenUsage();
        Integer in = usage == null ? null : usage.inputTokenCount();
        Integer out = usage == null ? null : usage.outputTokenCount();
        String finish = response.finishReason() == null ? null : response.finishReason().name().toLowerCase(Locale.ROOT);
        return new ModelReply(text, response.modelName(), in, out, finish);
    }
}
