package org.svosim.agents.protocol;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;

/** What an interview wants next: a model call, or nothing more because it is done. */
public sealed interface InterviewStep permits InterviewStep.Ask, InterviewStep.Done {

    /** Send {@code messages} (the whole conversation so far) to the model in {@code role}. */
    record Ask(ModelRole role, List<ChatMessage> messages, CallPurpose purpose) implements InterviewStep {
        public Ask {
            messages = List.copyOf(messages);
        }
    }

    /** The interview is over. */
    record Done(InterviewResult result) implements InterviewStep {
    }
}
