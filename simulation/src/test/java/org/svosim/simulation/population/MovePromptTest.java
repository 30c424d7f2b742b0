package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.simulated.SimulatedChatModel;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.History;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.games.play.SplitGame;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

class MovePromptTest {
    private static final PromptTemplates TEMPLATES = PromptTemplates.defaults();

    private static MovePrompt prompt(org.svosim.games.play.Game game, SvoCategory value, List<String> memory) {
        Stage stage = game.next(History.empty()).orElseThrow();
        Question q = stage.questions().get(0);
        Persona persona = Persona.of(new TargetValue.Named(value), TEMPLATES);
        return MovePrompt.of(TEMPLATES, persona, game.name(), game.rules(), game.players(), q,
                Expectations.of(game, History.empty(), stage, q, value.ringAngle()),
                Expectations.settled(game, History.empty(), stage, q), memory);
    }

    private static String simulatedReply(MovePrompt p) {
        SimulatedAgentSettings faithful = new SimulatedAgentSettings(1.0, 0, 0.01, 0.0);
        return new SimulatedChatModel(faithful, 3).chat(ChatRequest.builder()
                .messages(SystemMessage.from(p.system()), UserMessage.from(p.user())).build()).aiMessage().text();
    }

    @Test
    void dictatorQuestionListsEveryAmountWithBothPayoffs() {
        MovePrompt p = prompt(new DictatorGame(10, 1), SvoCategory.PROSOCIAL, List.of());

        assertThat(p.lettered()).isTrue();
        assertThat(p.answers()).hasSize(11);
        assertThat(p.user()).contains("A: you receive 10 coins, the other player receives 0 coins (amount 0)")
                .contains("K: you receive 0 coins, the other player receives 10 coins (amount 10)")
                .contains("nobody else decides in this round").contains("(A to K)");
    }

    @Test
    void simultaneousQuestionShowsExpectedPayoffsUnderRandomChoices() {
        MovePrompt p = prompt(new PrisonersDilemma(5, 3, 1, 0, 1), SvoCategory.INDIVIDUALISTIC, List.of());

        assertThat(p.user()).contains("A: you receive 1.5 coins, the other player receives 4 coins (cooperate")
                .contains("B: you receive 3 coins, the other player receives 0.5 coins (defect")
                .contains("on average");
    }

    @Test
    void simulatedAltruistGivesEverythingAndCompetitorKeepsEverything() {
        DictatorGame game = new DictatorGame(10, 1);
        MovePrompt altruist = prompt(game, SvoCategory.ALTRUISTIC, List.of());
        MovePrompt competitor = prompt(game, SvoCategory.COMPETITIVE, List.of());

        assertThat(altruist.read(simulatedReply(altruist), new StringBuilder())).isEqualTo(10.0);
        assertThat(competitor.read(simulatedReply(competitor), new StringBuilder())).isEqualTo(0.0);
    }

    @Test
    void rememberedRoundsAreListedBeforeTheQuestion() {
        MovePrompt p = prompt(new DictatorGame(10, 1), SvoCategory.PROSOCIAL, List.of("dictator, round 1: you chose 5."));

        assertThat(p.user()).contains("What you remember from earlier rounds:\n- dictator, round 1: you chose 5.");
    }

    @Test
    void rangeWithMoreThanTwentySixAmountsIsAskedAsANumber() {
        MovePrompt p = prompt(new SplitGame("split", 100, 1, 1), SvoCategory.PROSOCIAL, List.of());

        assertThat(p.lettered()).isFalse();
        assertThat(p.user()).contains("Answer with a number from 0 to 100 in steps of 1")
                .contains("- 0 -> you receive 100 coins, the other player receives 0 coins")
                .contains("- 100 -> you receive 0 coins, the other player receives 100 coins");
        assertThat(p.read("I would give 40.", new StringBuilder())).isEqualTo(40.0);
    }

    @Test
    void simulatedAgentAnswersANumberQuestionFromItsTable() {
        SplitGame split = new SplitGame("split", 100, 1, 1);
        MovePrompt altruist = prompt(split, SvoCategory.ALTRUISTIC, List.of());
        MovePrompt individualist = prompt(split, SvoCategory.INDIVIDUALISTIC, List.of());

        assertThat(altruist.read(simulatedReply(altruist), new StringBuilder())).isEqualTo(100.0);
        assertThat(individualist.read(simulatedReply(individualist), new StringBuilder())).isEqualTo(0.0);
    }
}
