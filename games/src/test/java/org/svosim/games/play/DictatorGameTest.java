package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svosim.games.play.Bot.one;

import org.junit.jupiter.api.Test;

class DictatorGameTest {
    private final DictatorGame game = new DictatorGame(10, 1);

    @Test
    void givingThreeOfTenLeavesSevenToTheDictator() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 3)))).isEqualTo(Payoffs.of(7, 3));
    }

    @Test
    void givingNothingAndGivingEverythingAreAllowed() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 0)))).isEqualTo(Payoffs.of(10, 0));
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 10)))).isEqualTo(Payoffs.of(0, 10));
    }

    @Test
    void onlyTheDictatorIsAskedOnceForAnAmountOnTheStepGrid() {
        Stage stage = game.next(History.empty()).orElseThrow();

        assertThat(stage.questions()).singleElement().satisfies(q -> {
            assertThat(q.player()).isZero();
            assertThat(q.choice()).isEqualTo(new Choice.Range(0, 10, 1));
        });
        assertThat(game.outcome(History.empty())).isEmpty();
    }

    @Test
    void halfCoinStepsAllowHalfCoinGifts() {
        DictatorGame halves = new DictatorGame(5, 0.5);

        assertThat(Bot.finalPayoffs(halves, Bot.play(halves, one(0, 2.5)))).isEqualTo(Payoffs.of(2.5, 2.5));
    }

    @Test
    void aGiftOffTheGridIsRejectedNamingThePlayerAndTheRange() {
        assertThatThrownBy(() -> Bot.play(game, one(0, 3.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("player 0 (dictator)").hasMessageContaining("[0, 10] in steps of 1");
    }

    @Test
    void badParametersNameTheParameterAndTheRule() {
        assertThatThrownBy(() -> new DictatorGame(0, 1)).hasMessage("endowment must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> new DictatorGame(10, 20)).hasMessageContaining("step must be <= the amount it divides (10)");
    }
}
