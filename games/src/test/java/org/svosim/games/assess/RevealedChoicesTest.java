package org.svosim.games.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.estimate.ObservedDecision;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.TrustGame;
import org.svosim.games.play.UltimatumGame;
import org.svosim.games.slider.Allocation;

class RevealedChoicesTest {
    @Test
    void dilemmaRoundsGiveTheChoiceAgainstThePartnersActualMove() {
        PrisonersDilemma pd = new PrisonersDilemma(5, 3, 1, 0, 2);
        History h = pd.play(History.empty(), List.of(new Move(0, PrisonersDilemma.COOPERATE), new Move(1, PrisonersDilemma.DEFECT)));
        h = pd.play(h, List.of(new Move(0, PrisonersDilemma.DEFECT), new Move(1, PrisonersDilemma.COOPERATE)));

        List<ObservedDecision> revealed = RevealedChoices.of(pd, h, 0);

        assertThat(revealed).containsExactly(
                new ObservedDecision(List.of(new Allocation(0, 5), new Allocation(1, 1)), PrisonersDilemma.COOPERATE),
                new ObservedDecision(List.of(new Allocation(3, 3), new Allocation(5, 0)), PrisonersDilemma.DEFECT));
    }

    @Test
    void ultimatumOffersAreLeftOutAndResponsesKept() {
        UltimatumGame game = new UltimatumGame(10, 1);
        History h = game.play(game.play(History.empty(), new Move(0, 3)), new Move(1, UltimatumGame.REJECT));

        assertThat(RevealedChoices.of(game, h, 0)).isEmpty();
        assertThat(RevealedChoices.of(game, h, 1)).containsExactly(
                new ObservedDecision(List.of(new Allocation(3, 7), new Allocation(0, 0)), UltimatumGame.REJECT));
    }

    @Test
    void aTrustSenderWhoSentNothingIsStillLeftOutBecauseOtherAmountsWouldHaveAskedTheReturner() {
        TrustGame trust = new TrustGame(10, 3, 1);
        History h = trust.play(History.empty(), new Move(0, 0));

        assertThat(RevealedChoices.of(trust, h, 0)).isEmpty();
    }
}
