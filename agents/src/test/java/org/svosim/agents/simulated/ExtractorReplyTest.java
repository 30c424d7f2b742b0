package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.SimulatedAgentSettings;

class ExtractorReplyTest {
    private static final SimulatedChatModel EXTRACTOR =
            new SimulatedChatModel(new SimulatedAgentSettings(1, 0, 0, 1), 1);

    private static String extract(String quotedReply) {
        String user = "Options were A to I. The participant replied:\n<<<\n" + quotedReply
                + "\n>>>\nWhich option letter did the participant choose? Say NONE if unclear.";
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("You are an answer extractor for a survey."), UserMessage.from(user))
                .build();
        return EXTRACTOR.chat(request).aiMessage().text();
    }

    @Test
    void finalAnswerLineGivesTheLetter() {
        assertThat(extract("Considering fairness, I lean one way.\nAnswer: F")).isEqualTo("F");
    }

    @Test
    void lastMentionedOptionGivesTheLetter() {
        assertThat(extract("Between option A and option C, I pick option C.")).isEqualTo("C");
    }

    @Test
    void loneCapitalLetterIsTheAnswer() {
        assertThat(extract("G.")).isEqualTo("G");
    }

    @Test
    void jsonChoiceGivesTheLetter() {
        assertThat(extract("{\"choice\": \"B\"}")).isEqualTo("B");
    }

    @Test
    void replyWithoutALetterGivesNone() {
        assertThat(extract("Both options seem fair to me; it depends on the situation.")).isEqualTo("NONE");
    }

    @Test
    void extractorPromptWithoutQuotedReplyGivesNone() {
        assertThat(ExtractorReply.answer("The participant said: Answer: C")).isEqualTo("NONE");
    }

    @Test
    void extractorIgnoresItsMalformedRateAndOptionsOutsideTheQuote() {
        String user = "A: you receive 85 coins, the other receives 85 coins\n"
                + "B: you receive 85 coins, the other receives 76 coins\n<<<\nI choose option B.\n>>>";
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("Act as an answer extractor."), UserMessage.from(user)).build();

        assertThat(EXTRACTOR.chat(request).aiMessage().text()).isEqualTo("B");
    }
}
