package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.play.Bot.one;
import static org.svosim.games.play.UltimatumGame.ACCEPT;
import static org.svosim.games.play.UltimatumGame.REJECT;

import org.junit.jupiter.api.Test;

class UltimatumGameTest {
    private final UltimatumGame game = new UltimatumGame(10, 1);

    @Test
    void acceptedOfferOfFourPaysSixAndFour() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 4), one(1, ACCEPT)))).isEqualTo(Payoffs.of(6, 4));
    }

    @Test
    void rejectionLeavesBothWithNothing() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 4), one(1, REJECT)))).isEqualTo(Payoffs.of(0, 0));
    }

    @Test
    void acceptedZeroOfferGivesTheProposerEverything() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 0), one(1, ACCEPT)))).isEqualTo(Payoffs.of(10, 0));
    }

    @Test
    void acceptedFullOfferGivesTheResponderEverything() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 10), one(1, ACCEPT)))).isEqualTo(Payoffs.of(0, 10));
    }

    @Test
    void responderIsToldTheOfferAndTheGameIsNotOverBeforeTheAnswer() {
        History offered = Bot.play(game, one(0, 3));
        Question q = game.next(offered).orElseThrow().questions().get(0);

        assertThat(q.player()).isEqualTo(1);
        assertThat(q.role()).isEqualTo("responder");
        assertThat(q.facts()).containsExactly("The proposer offers you 3 of 10 coins and would keep 7.");
        assertThat(q.choice().describe(ACCEPT)).isEqualTo("accept");
        assertThat(game.outcome(offered)).isEmpty();
        assertThat(game.payoffs(offered)).isEqualTo(Payoffs.zeros(2));
    }
}
