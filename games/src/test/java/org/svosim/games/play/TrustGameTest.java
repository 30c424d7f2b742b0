package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svosim.games.play.Bot.one;

import org.junit.jupiter.api.Test;

class TrustGameTest {
    private final TrustGame game = new TrustGame(10, 3, 1);

    @Test
    void sendingFiveTriplesToFifteenAndReturningSixPaysElevenAndNine() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 5), one(1, 6)))).isEqualTo(Payoffs.of(11, 9));
    }

    @Test
    void sendingNothingEndsTheGameWithoutAskingTheReturner() {
        History h = Bot.play(game, one(0, 0));

        assertThat(game.next(h)).isEmpty();
        assertThat(Bot.finalPayoffs(game, h)).isEqualTo(Payoffs.of(10, 0));
    }

    @Test
    void sendingEverythingAndGettingEverythingBackTriplesTheSendersCoins() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 10), one(1, 30)))).isEqualTo(Payoffs.of(30, 0));
    }

    @Test
    void returnerMayReturnAnythingUpToWhatWasReceivedAndIsToldIt() {
        History sent = Bot.play(game, one(0, 5));
        Question q = game.next(sent).orElseThrow().questions().get(0);

        assertThat(q.choice()).isEqualTo(new Choice.Range(0, 15, 1));
        assertThat(q.facts().get(0)).contains("you received 15");
        assertThatThrownBy(() -> game.play(sent, new Move(1, 16))).hasMessageContaining("[0, 15]");
    }

    @Test
    void multiplierOfOneOrLessIsRejected() {
        assertThatThrownBy(() -> new TrustGame(10, 1, 1)).hasMessage("multiplier k must be > 1 (sending must create value), got 1");
    }
}
