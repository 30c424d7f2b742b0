package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicGoodsGameTest {
    private final PublicGoodsGame game = new PublicGoodsGame(4, 20, 2, 1, 1);

    private static List<Move> contributions(double... amounts) {
        List<Move> moves = new java.util.ArrayList<>();
        for (int p = 0; p < amounts.length; p++) {
            moves.add(new Move(p, amounts[p]));
        }
        return moves;
    }

    @Test
    void fullContributionByAllDoublesEveryonesEndowment() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, contributions(20, 20, 20, 20)))).isEqualTo(Payoffs.of(40, 40, 40, 40));
    }

    @Test
    void noContributionLeavesEveryoneTheEndowment() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, contributions(0, 0, 0, 0)))).isEqualTo(Payoffs.of(20, 20, 20, 20));
    }

    @Test
    void aLoneFullContributorLosesHalfAndTheFreeRidersGainTen() {
        assertThat(Bot.finalPayoffs(game, Bot.play(game, contributions(20, 0, 0, 0)))).isEqualTo(Payoffs.of(10, 30, 30, 30));
    }

    @Test
    void movesMayArriveInAnyOrder() {
        List<Move> shuffled = List.of(new Move(3, 4), new Move(1, 0), new Move(0, 8), new Move(2, 0));

        assertThat(Bot.finalPayoffs(game, Bot.play(game, shuffled))).isEqualTo(Payoffs.of(18, 26, 26, 22));
    }

    @Test
    void aMissingContributionIsRejectedNamingThePlayer() {
        assertThatThrownBy(() -> Bot.play(game, contributions(1, 2, 3)))
                .hasMessageContaining("player 3 (contributor) has not answered at turn 0");
    }

    @Test
    void repeatedRoundsAddUpAndTellEachPlayerTheGroupTotal() {
        PublicGoodsGame twice = new PublicGoodsGame(3, 10, 1.5, 1, 2);
        History first = Bot.play(twice, contributions(10, 5, 0));

        assertThat(twice.next(first).orElseThrow().questions().get(1).facts())
                .contains("Round 1: you put in 5, the group put in 15 in total, and you earned 12.5.");
        assertThat(Bot.finalPayoffs(twice, twice.play(first, contributions(0, 0, 0))))
                .isEqualTo(Payoffs.of(7.5 + 10, 12.5 + 10, 17.5 + 10));
    }

    @Test
    void multiplierOutsideOneToNIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> new PublicGoodsGame(4, 20, 1, 1, 1)).hasMessage("multiplier m must satisfy 1 < m < n (players = 4), got 1");
        assertThatThrownBy(() -> new PublicGoodsGame(4, 20, 4, 1, 1)).hasMessageContaining("1 < m < n");
        assertThatThrownBy(() -> new PublicGoodsGame(1, 20, 1.5, 1, 1)).hasMessage("players must be >= 2, got 1");
    }
}
