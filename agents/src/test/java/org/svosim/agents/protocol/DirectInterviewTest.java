package org.svosim.agents.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.CallPurpose.Kind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

class DirectInterviewTest {
    private static final PromptTemplates TEMPLATES = PromptTemplates.defaults();
    private static final Persona ALTRUIST = Persona.of(new TargetValue.Named(SvoCategory.ALTRUISTIC), TEMPLATES);
    private final ScriptedModel model = new ScriptedModel();

    private static Interview direct(AnswerFormat format, int maxReasks) {
        ProtocolSpec spec = new ProtocolSpec.Direct("direct", format, maxReasks, ItemOrder.published());
        return Interviews.create(spec, ALTRUIST, MurphySliderItems.primary(), TEMPLATES, 3L);
    }

    @Test
    void letterRunAsksEachItemInItsOwnSystemPlusItemRequest() {
        Interview interview = direct(AnswerFormat.LETTER, 1);
        InterviewResult result = model.run(interview, "A", "I", "A", "A", "I", "I");

        assertThat(interview).isInstanceOf(DirectInterview.class);
        assertThat(model.asks).hasSize(6).allSatisfy(ask -> {
            assertThat(ask.messages()).hasSize(2);
            assertThat(ask.messages().get(0)).isInstanceOf(SystemMessage.class);
            assertThat(ScriptedModel.text(ask.messages().get(0))).startsWith("You are an altruistic person");
            assertThat(ask.messages().get(1)).isInstanceOf(UserMessage.class);
        });
        assertThat(model.lastSent(0)).contains("A: you receive 85 coins, the other participant receives 85 coins")
                .contains("(A to I)");
        assertThat(model.ask(5).purpose()).isEqualTo(new CallPurpose(Kind.ITEM, 6));
        assertThat(result.answers()).extracting(ItemAnswer::chosenOption).containsExactly(0, 8, 0, 0, 8, 8);
        assertThat(result.goalStatement()).isNull();
    }

    @Test
    void systemPromptIsRecordedOnceThoughEveryRequestCarriesIt() {
        InterviewResult result = model.run(direct(AnswerFormat.LETTER, 0), "A", "A", "A", "A", "A", "A");

        assertThat(result.transcript()).hasSize(13);
        assertThat(result.transcript()).filteredOn(e -> e.role().equals("system")).hasSize(1)
                .first().extracting(TranscriptEntry::purpose).isEqualTo(CallPurpose.of(Kind.INDUCTION));
        assertThat(result.transcript()).extracting(TranscriptEntry::role).startsWith("system", "user", "assistant", "user");
    }

    @Test
    void jsonRunReadsExactFencedAndReaskedAnswers() {
        InterviewResult result = model.run(direct(AnswerFormat.JSON, 1),
                "{\"choice\": \"A\"}",
                "```json\n{\"choice\": \"I\"}\n```",
                "Let me think about fairness here.", "{\"choice\": \"b\"}",
                "{\"choice\": \"A\"}", "{\"choice\": \"A\"}", "{\"choice\": \"A\"}");

        assertThat(model.lastSent(0)).contains("{\"choice\": \"<letter>\"}");
        InterviewStep.Ask reask = model.ask(3);
        assertThat(reask.purpose()).isEqualTo(new CallPurpose(Kind.REASK, 3));
        assertThat(reask.messages()).hasSize(4);
        assertThat(reask.messages().get(2)).isEqualTo(AiMessage.from("Let me think about fairness here."));
        assertThat(model.lastSent(3)).contains("{\"choice\": \"<letter>\"}").contains("A to I");
        assertThat(model.ask(4).messages()).hasSize(2);

        assertThat(result.answers()).extracting(ItemAnswer::method).containsExactly(
                ParseMethod.EXACT, ParseMethod.PATTERN, ParseMethod.REASKED,
                ParseMethod.EXACT, ParseMethod.EXACT, ParseMethod.EXACT);
        assertThat(result.answers().get(2).chosenOption()).isEqualTo(1);
        assertThat(result.answers().get(2).attempts()).isEqualTo(2);
    }

    @Test
    void replyStillUnclearAfterTheReasksIsInvalid() {
        InterviewResult result = model.run(direct(AnswerFormat.LETTER, 2),
                "I'd rather not.", "Hmm.", "No idea.", "A", "A", "A", "A", "A");

        ItemAnswer first = result.answers().get(0);
        assertThat(first.method()).isEqualTo(ParseMethod.INVALID);
        assertThat(first.attempts()).isEqualTo(3);
        assertThat(first.rawReply()).isEqualTo("No idea.");
        assertThat(result.answers()).hasSize(6);
    }

    @Test
    void failedCallEndsTheDirectInterview() {
        InterviewResult result = model.runThenFail(direct(AnswerFormat.LETTER, 0), "HTTP 500", "A", "B");

        assertThat(result.failure()).isEqualTo("HTTP 500");
        assertThat(result.answers()).extracting(ItemAnswer::chosenOption).containsExactly(0, 1);
    }

    @Test
    void negativeReaskLimitIsRejectedWithTheProtocolName() {
        assertThatThrownBy(() -> direct(AnswerFormat.LETTER, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'direct'").hasMessageContaining(">= 0");
    }
}
