package org.svosim.agents.protocol;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/** Records each message of a trial once, in the order it was first sent or received. */
final class TranscriptRecorder {
    private final List<TranscriptEntry> entries = new ArrayList<>();

    /** A message the interview adds to a conversation sent to {@code model}. */
    void sent(ModelRole model, ChatMessage message, CallPurpose purpose) {
        if (message instanceof SystemMessage system) {
            add(model, "system", system.text(), purpose);
        } else if (message instanceof UserMessage user) {
            add(model, "user", user.singleText(), purpose);
        } else if (message instanceof AiMessage ai) {
            add(model, "assistant", ai.text(), purpose);
        } else {
            throw new IllegalArgumentException("unexpected message type " + message.type());
        }
    }

    /** A reply from {@code model}. */
    void received(ModelRole model, String text, CallPurpose purpose) {
        add(model, "assistant", text, purpose);
    }

    List<TranscriptEntry> entries() {
        return List.copyOf(entries);
    }

    private void add(ModelRole model, String role, String text, CallPurpose purpose) {
        entries.add(new TranscriptEntry(entries.size(), model, role, text, purpose));
    }
}
