package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.agents.simulated.Dialogues.answer;
import static org.svosim.agents.simulated.Dialogues.direct;
import static org.svosim.agents.simulated.Dialogues.hvae;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.ModelReply;
import org.svosim.agents.backend.SimulatedAgentSettings;

class SimulatedChatModelTest {
    private static final SimulatedAgentSettings FAITHFUL = new SimulatedAgentSettings(1, 0, 0, 0);
    private static final SimulatedAgentSettings NOISY = new SimulatedAgentSettings(1, 0, 10, 0);

    private static String choices(SimulatedChatModel model, String persona) {
        StringBuilder letters = new StringBuilder();
        for (int item = 1; item <= 6; item++) {
            letters.append(answer(model, direct(persona, item)));
        }
        return letters.toString();
    }

    @Test
    void sameSeedAndMessagesGiveTheSameReplyWhateverTheCallOrder() {
        SimulatedChatModel first = new SimulatedChatModel(NOISY, 42);
        SimulatedChatModel second = new SimulatedChatModel(NOISY, 42);
        List<ChatRequest> requests = List.of(hvae("prosocial", 1), hvae("prosocial", 4), hvae("prosocial", 6));

        ChatResponse lastOfFirst = null;
        for (ChatRequest r : requests) {
            lastOfFirst = first.chat(r);
        }
        ChatResponse onlyOfSecond = second.chat(requests.get(2));

        assertThat(onlyOfSecond.aiMessage().text()).isEqualTo(lastOfFirst.aiMessage().text());
        assertThat(onlyOfSecond.tokenUsage()).isEqualTo(lastOfFirst.tokenUsage());
    }

    @Test
    void differentSeedsGiveDifferentRepliesAcrossManyCalls() {
        Set<String> sequences = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            sequences.add(choices(new SimulatedChatModel(NOISY, seed), "You are a prosocial person."));
        }
        assertThat(sequences).hasSizeGreaterThan(10);
    }

    @Test
    void altruistAtFullFidelityGivesTheOtherTheMostOnEveryPrimaryItem() {
        for (long seed = 0; seed < 10; seed++) {
            assertThat(choices(new SimulatedChatModel(FAITHFUL, seed), "You are an altruistic person."))
                    .isEqualTo("AIAAII");
        }
    }

    @Test
    void competitorAtFullFidelityMaximisesOwnMinusOtherOnEveryPrimaryItem() {
        for (long seed = 0; seed < 10; seed++) {
            assertThat(choices(new SimulatedChatModel(FAITHFUL, seed), "You are a hyper-competitive person."))
                    .isEqualTo("IAIIAA");
        }
    }

    @Test
    void valueInducedInTheFirstUserMessageIsFollowed() {
        SimulatedChatModel model = new SimulatedChatModel(FAITHFUL, 3);

        assertThat(answer(model, hvae("altruistic", 1))).isEqualTo("A");
        assertThat(answer(model, hvae("competitive", 1))).isEqualTo("I");
    }

    @Test
    void individualistTiesOnItemOneAreBrokenByTheGenerator() {
        Set<String> letters = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            letters.add(answer(new SimulatedChatModel(FAITHFUL, seed), direct("You are an individualistic person.", 1)));
        }
        assertThat(letters).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void lowFidelityPullsChoicesTowardThePullAngle() {
        SimulatedAgentSettings faithful = new SimulatedAgentSettings(1.0, -45, 5, 0);
        SimulatedAgentSettings drifting = new SimulatedAgentSettings(0.2, -45, 5, 0);
        int faithfulA = 0;
        int driftingA = 0;
        for (long seed = 0; seed < 100; seed++) {
            faithfulA += answer(new SimulatedChatModel(faithful, seed), direct("You are altruistic.", 4)).equals("A") ? 1 : 0;
            driftingA += answer(new SimulatedChatModel(drifting, seed), direct("You are altruistic.", 4)).equals("A") ? 1 : 0;
        }
        // item 4 trades self for other: A (50, 100), B (54, 89) ... I (85, 15). At 90 deg and noise 5,
        // P(A) = 1 / (1 + e^-2.2 + ...) = 0.89; at 0.2 * 90 + 0.8 * -45 = -18 deg, P(A) < 1e-4.
        assertThat(faithfulA).isGreaterThan(75);
        assertThat(driftingA).isLessThan(5);
    }

    @Test
    void agentWithoutInducedValueActsAtItsPullAngle() {
        SimulatedChatModel model = new SimulatedChatModel(new SimulatedAgentSettings(1, -45, 0, 0), 5);

        assertThat(answer(model, direct("You take part in a study.", 1))).isEqualTo("I");
    }

    @Test
    void effectiveAngleBlendsInducedAndPullByFidelity() {
        SimulatedChatModel model = new SimulatedChatModel(new SimulatedAgentSettings(0.25, 30, 0, 0), 1);

        assertThat(model.effectiveAngle(java.util.OptionalDouble.of(90))).isEqualTo(45.0);
        assertThat(model.effectiveAngle(java.util.OptionalDouble.empty())).isEqualTo(30.0);
    }

    @Test
    void explicitNegativeAngleInDegreesWinsOverACategoryWord() {
        SimulatedChatModel model = new SimulatedChatModel(FAITHFUL, 9);
        // item 2: A (85, 15) ... I (100, 50). At -30 deg A is best; at 0 or 45 deg (prosocial) I is.
        String persona = "You are a prosocial person with an SVO angle of -30 degrees.";

        assertThat(answer(model, direct(persona, 2))).isEqualTo("A");
        // item 4: A (50, 100) ... I (85, 15). At +30 deg A is best; at the pull angle 0 deg I is.
        assertThat(answer(model, direct("You have an SVO angle of 30 degrees.", 4))).isEqualTo("A");
    }

    @Test
    void malformedRateOneNeverGivesAnAnswer() {
        SimulatedChatModel model = new SimulatedChatModel(new SimulatedAgentSettings(1, 0, 0, 1), 11);
        for (int item = 1; item <= 6; item++) {
            for (String value : List.of("altruistic", "prosocial", "competitive")) {
                String reply = model.chat(hvae(value, item)).aiMessage().text();
                assertThat(reply).doesNotContainPattern("\\b[A-Z]\\b");
                assertThat(ExtractorReply.answer("<<<\n" + reply + "\n>>>")).isEqualTo(ExtractorReply.NONE);
            }
        }
    }

    @Test
    void malformedShareMatchesTheRate() {
        SimulatedAgentSettings settings = new SimulatedAgentSettings(1, 0, 0, 0.3);
        int malformed = 0;
        for (long seed = 0; seed < 500; seed++) {
            String reply = new SimulatedChatModel(settings, seed).chat(direct("You are prosocial.", 3)).aiMessage().text();
            malformed += Dialogues.letterOf(reply) == null ? 1 : 0;
        }
        assertThat(malformed).isBetween(110, 190);
    }

    @Test
    void reAskWithoutOptionsIsAnsweredFromThePreviousQuestion() {
        ChatRequest request = ChatRequest.builder().messages(
                SystemMessage.from("You are an altruistic person."),
                UserMessage.from(Dialogues.itemQuestion(1)),
                AiMessage.from("Both options seem fair to me; it depends on the situation."),
                UserMessage.from("Please reply with one letter from A to I.")).build();

        assertThat(answer(new SimulatedChatModel(FAITHFUL, 2), request)).isEqualTo("A");
    }

    @Test
    void questionAskingForJsonGetsAJsonChoice() {
        String question = Dialogues.itemQuestion(1).replace("Reply with the letter of your choice only.",
                "Reply with JSON only, e.g. {\"choice\": \"B\"}.");
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("You are an altruistic person."), UserMessage.from(question)).build();

        for (long seed = 0; seed < 10; seed++) {
            assertThat(new SimulatedChatModel(FAITHFUL, seed).chat(request).aiMessage().text())
                    .isEqualTo("{\"choice\": \"A\"}");
        }
    }

    @Test
    void everyReplyReportsTheSimulatedModelIdAndEstimatedTokens() {
        ModelReply reply = ModelReply.of(new SimulatedChatModel(NOISY, 1).chat(hvae("prosocial", 2)));

        assertThat(reply.modelId()).isEqualTo("simulated-agent");
        assertThat(reply.inputTokens()).isGreaterThan(50);
        assertThat(reply.outputTokens()).isPositive();
        assertThat(reply.finishReason()).isEqualTo("stop");
    }
}
