package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.SimulatedAgentSettings;

class PersonaTalkTest {
    private static final SimulatedChatModel MODEL = new SimulatedChatModel(new SimulatedAgentSettings(0.5, 0, 1, 0), 4);
    private static final UserMessage INDUCTION =
            UserMessage.from("Do you know the altruistic value? Describe a person who holds it.");

    private static String reply(ChatRequest request) {
        return MODEL.chat(request).aiMessage().text();
    }

    @Test
    void inductionTurnDescribesAPersonInTheInducedVoice() {
        assertThat(reply(ChatRequest.builder().messages(INDUCTION).build()))
                .contains("puts the other person's gain first");
    }

    @Test
    void taskTurnIsAnAcknowledgement() {
        ChatRequest request = ChatRequest.builder().messages(INDUCTION, AiMessage.from("Yes."),
                UserMessage.from("Now act fully as such a person.")).build();

        assertThat(reply(request)).startsWith("Understood");
    }

    @Test
    void goalTurnStatesOneGoalSentence() {
        ChatRequest request = ChatRequest.builder().messages(INDUCTION, AiMessage.from("Yes."),
                UserMessage.from("There will be 6 questions. State the goal that would satisfy you most.")).build();

        assertThat(reply(request)).startsWith("My goal is").contains("give the other participant").endsWith(".");
    }
}
