package org.svosim.agents.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.CallPurpose.Kind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

class HvaeInterviewTest {
    private static final PromptTemplates TEMPLATES = PromptTemplates.defaults();
    private static final Persona PROSOCIAL = Persona.of(new TargetValue.Named(SvoCategory.PROSOCIAL), TEMPLATES);
    private final ScriptedModel model = new ScriptedModel();

    private static Interview hvae(boolean goal, int maxReasks, String extractor) {
        ProtocolSpec spec = new ProtocolSpec.Hvae("hvae", goal, maxReasks, extractor, ItemOrder.published());
        return Interviews.create(spec, PROSOCIAL, MurphySliderItems.primary(), TEMPLATES, 7L);
    }

    @Test
    void runWithoutGoalInducesInstructsThenAsksEachItemInOneDialogue() {
        InterviewResult result = model.run(hvae(false, 1, null),
                "Yes, a prosocial person cares about both.", "Understood.", "A", "I", "I", "A", "C", "I");

        assertThat(model.asks).hasSize(8).allSatisfy(ask -> {
            assertThat(ask.role()).isEqualTo(ModelRole.AGENT);
            assertThat(ask.messages()).noneMatch(m -> m instanceof SystemMessage);
        });
        assertThat(model.ask(0).messages()).hasSize(1);
        assertThat(model.lastSent(0)).contains("prosocial value system").contains(PROSOCIAL.valueDescription());
        assertThat(model.ask(1).messages()).hasSize(3);
        assertThat(model.ask(1).messages().get(1)).isEqualTo(AiMessage.from("Yes, a prosocial person cares about both."));
        assertThat(model.lastSent(1)).isEqualTo(TEMPLATES.render("hvae.task", java.util.Map.of()));
        assertThat(model.ask(2).messages()).hasSize(5);
        assertThat(model.ask(2).purpose()).isEqualTo(new CallPurpose(Kind.ITEM, 1));
        assertThat(model.lastSent(2)).startsWith("Question 1 of 6.\n")
                .contains("A: you receive 85 coins, the other participant receives 85 coins\n")
                .contains("I: you receive 85 coins, the other participant receives 15 coins\n")
                .doesNotContain("goal");
        assertThat(model.ask(7).messages()).hasSize(15);
        assertThat(model.lastSent(7)).startsWith("Question 6 of 6.");

        assertThat(result.completed()).isTrue();
        assertThat(result.goalStatement()).isNull();
        assertThat(result.answers()).extracting(ItemAnswer::chosenOption).containsExactly(0, 8, 8, 0, 2, 8);
        assertThat(result.answers()).extracting(ItemAnswer::itemNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(result.answers()).allSatisfy(a -> {
            assertThat(a.method()).isEqualTo(ParseMethod.EXACT);
            assertThat(a.attempts()).isEqualTo(1);
        });
    }

    @Test
    void transcriptRecordsTheDialogueOnceInOrder() {
        InterviewResult result = model.run(hvae(false, 1, null), "I know it.", "OK.", "A", "B", "C", "D", "E", "F");

        List<String> dialogue = new ArrayList<>();
        model.ask(7).messages().forEach(m -> dialogue.add(ScriptedModel.text(m)));
        dialogue.add("F");
        assertThat(result.transcript()).extracting(TranscriptEntry::text).containsExactlyElementsOf(dialogue);
        assertThat(result.transcript()).extracting(TranscriptEntry::seq).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 16).boxed().toList());
        assertThat(result.transcript().get(0).purpose()).isEqualTo(CallPurpose.of(Kind.INDUCTION));
        assertThat(result.transcript().get(0).role()).isEqualTo("user");
        assertThat(result.transcript().get(3).purpose()).isEqualTo(CallPurpose.of(Kind.TASK));
        assertThat(result.transcript().get(3).role()).isEqualTo("assistant");
        assertThat(result.transcript().get(15).purpose()).isEqualTo(new CallPurpose(Kind.ITEM, 6));
    }

    @Test
    void goalPromptStoresTheFirstSentenceAndQuotesItInEveryItem() {
        InterviewResult result = model.run(hvae(true, 1, null), "Yes.", "OK.",
                "My goal is to make sure we both end up with many coins. Fairness matters too.",
                "A", "A", "A", "A", "A", "A");

        assertThat(model.asks).hasSize(9);
        assertThat(model.ask(2).purpose()).isEqualTo(CallPurpose.of(Kind.GOAL));
        assertThat(model.lastSent(2)).contains("6 questions").contains("A to I");
        assertThat(result.goalStatement()).isEqualTo("My goal is to make sure we both end up with many coins.");
        for (int i = 3; i < 9; i++) {
            assertThat(model.lastSent(i))
                    .contains("\"My goal is to make sure we both end up with many coins.\"")
                    .doesNotContain("Fairness matters too");
        }
        assertThat(result.answers()).hasSize(6);
    }

    @Test
    void unclearReplyIsReaskedInTheSameDialogue() {
        InterviewResult result = model.run(hvae(false, 1, null), "Yes.", "OK.",
                "Hmm, that is a hard one.", "B", "A", "A", "A", "A", "A");

        InterviewStep.Ask reask = model.ask(3);
        assertThat(reask.purpose()).isEqualTo(new CallPurpose(Kind.REASK, 1));
        assertThat(reask.messages()).hasSize(7);
        assertThat(reask.messages().get(5)).isEqualTo(AiMessage.from("Hmm, that is a hard one."));
        assertThat(model.lastSent(3)).isEqualTo("Your answer was unclear. Please reply with one letter from A to I only.");
        assertThat(model.ask(4).messages()).hasSize(9);

        ItemAnswer first = result.answers().get(0);
        assertThat(first.method()).isEqualTo(ParseMethod.REASKED);
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.chosenOption()).isEqualTo(1);
        assertThat(first.rawReply()).isEqualTo("B");
    }

    @Test
    void stillUnclearReplyGoesToTheExtractorInAFreshConversation() {
        InterviewResult result = model.run(hvae(false, 1, "judge"), "Yes.", "OK.",
                "I like fairness.", "Fairness matters most, so the even split.", "E", "A", "A", "A", "A", "A");

        InterviewStep.Ask extract = model.ask(4);
        assertThat(extract.role()).isEqualTo(ModelRole.EXTRACTOR);
        assertThat(extract.purpose()).isEqualTo(new CallPurpose(Kind.EXTRACT, 1));
        assertThat(extract.messages()).hasSize(2);
        assertThat(extract.messages().get(0)).isInstanceOf(SystemMessage.class);
        assertThat(ScriptedModel.text(extract.messages().get(0))).contains("answer extractor");
        assertThat(ScriptedModel.text(extract.messages().get(1)))
                .contains(model.lastSent(2))
                .contains("<<<\nFairness matters most, so the even split.\n>>>");

        InterviewStep.Ask next = model.ask(5);
        assertThat(next.role()).isEqualTo(ModelRole.AGENT);
        assertThat(next.messages()).hasSize(9).noneMatch(m -> m instanceof SystemMessage);

        ItemAnswer first = result.answers().get(0);
        assertThat(first.method()).isEqualTo(ParseMethod.EXTRACTOR);
        assertThat(first.chosenOption()).isEqualTo(4);
        assertThat(first.rawReply()).isEqualTo("Fairness matters most, so the even split.");
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(result.transcript()).filteredOn(e -> e.model() == ModelRole.EXTRACTOR)
                .extracting(TranscriptEntry::role).containsExactly("system", "user", "assistant");
    }

    @Test
    void extractorSayingNoneMakesTheItemInvalid() {
        InterviewResult result = model.run(hvae(false, 0, "judge"), "Yes.", "OK.",
                "Whatever you think.", "NONE", "A", "A", "A", "A", "A");

        ItemAnswer first = result.answers().get(0);
        assertThat(first.method()).isEqualTo(ParseMethod.INVALID);
        assertThat(first.valid()).isFalse();
        assertThat(first.shownChoice()).isNull();
        assertThat(first.rawReply()).isEqualTo("Whatever you think.");
        assertThat(result.answers().get(1).valid()).isTrue();
    }

    @Test
    void withoutExtractorAnUnclearReplyAfterTheLastReaskIsInvalid() {
        InterviewResult result = model.run(hvae(false, 0, null), "Yes.", "OK.",
                "As an AI, I don't have preferences.", "A", "A", "A", "A", "A");

        assertThat(result.answers().get(0).method()).isEqualTo(ParseMethod.INVALID);
        assertThat(result.answers().get(0).attempts()).isEqualTo(1);
        assertThat(result.answers()).hasSize(6);
    }

    @Test
    void failedCallEndsTheInterviewWithTheAnswersSoFar() {
        InterviewResult result = model.runThenFail(hvae(false, 1, null), "timeout after 3 retries",
                "Yes.", "OK.", "A");

        assertThat(result.completed()).isFalse();
        assertThat(result.failure()).isEqualTo("timeout after 3 retries");
        assertThat(result.answers()).hasSize(1);
        assertThat(result.transcript()).hasSize(7);
        assertThat(result.transcript().get(6).purpose()).isEqualTo(new CallPurpose(Kind.ITEM, 2));
    }

    @Test
    void repliesAfterTheEndAreRejected() {
        Interview interview = hvae(false, 0, null);
        model.run(interview, "Yes.", "OK.", "A", "A", "A", "A", "A", "A");

        assertThatThrownBy(() -> interview.onReply("A")).isInstanceOf(IllegalStateException.class);
        assertThat(interview).isInstanceOf(HvaeInterview.class);
    }

    @Test
    void userMessagesAreTheOnlyMessagesTheInterviewWrites() {
        model.run(hvae(true, 0, null), "Yes.", "OK.", "Goal.", "A", "A", "A", "A", "A", "A");

        assertThat(model.ask(8).messages()).filteredOn(m -> m instanceof UserMessage).hasSize(9);
    }
}
