package org.svosim.agents.traffic;

import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * A response arrived and parsed, but its message has no text. Thrown from a call attempt
 * (see {@link #requireText(ChatResponse)}) so that traffic control classifies it as
 * {@link FailureKind#EMPTY_REPLY} and may ask again.
 */
public final class EmptyReplyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param finishReason why the provider says generation stopped, or null */
    public EmptyReplyException(String finishReason) {
        super("the reply has no text (finish reason " + finishReason + ")");
    }

    /** Returns {@code response} if its message has non-blank text; throws otherwise. */
    public static ChatResponse requireText(ChatResponse response) {
        if (response == null) {
            throw new EmptyReplyException(null);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new EmptyReplyException(response.finishReason() == null ? null : response.finishReason().name());
        }
        return response;
    }
}
