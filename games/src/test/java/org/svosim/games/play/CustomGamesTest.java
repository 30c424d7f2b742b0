package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svosim.games.play.Bot.both;
import static org.svosim.games.play.Bot.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;

class CustomGamesTest {
    private static final PayoffMatrix STAG_HUNT_PLUS = new PayoffMatrix(
            List.of("stag", "hare"), List.of("stag", "hare", "rest"),
            List.of(List.of(4.0, 0.0, 1.0), List.of(3.0, 3.0, 2.0)),
            List.of(List.of(4.0, 3.0, 1.0), List.of(0.0, 3.0, 2.0)));

    @Test
    void twoByThreeMatrixPaysTheChosenCellToEachSide() {
        MatrixGame game = new MatrixGame("stag_hunt_plus", STAG_HUNT_PLUS, 1);

        assertThat(Bot.finalPayoffs(game, Bot.play(game, both(0, 1)))).isEqualTo(Payoffs.of(0, 3));
        assertThat(Bot.finalPayoffs(game, Bot.play(game, both(1, 2)))).isEqualTo(Payoffs.of(2, 2));
    }

    @Test
    void matrixOptionsSpellOutThePayoffsAgainstEachOpposingChoice() {
        Question column = new MatrixGame("g", STAG_HUNT_PLUS, 1).next(History.empty()).orElseThrow().questions().get(1);

        assertThat(((Choice.Options) column.choice()).options().get(2).description())
                .isEqualTo("if the other player chooses stag, you get 1 and they get 1; if the other player chooses hare, you get 2 and they get 2");
    }

    @Test
    void matrixWithMissingEntriesIsRejectedNamingTheRow() {
        assertThatThrownBy(() -> new PayoffMatrix(List.of("a", "b"), List.of("x", "y"),
                List.of(List.of(1.0, 2.0), List.of(3.0)), List.of(List.of(1.0, 2.0), List.of(3.0, 4.0))))
                .hasMessage("row payoffs row 2 must have 2 entries (one per column label), got 1");
    }

    @Test
    void optionListGamePaysTheChosenAllocation() {
        OptionListGame game = OptionListGame.lettered("three_ways",
                List.of(new Allocation(10, 0), new Allocation(6, 6), new Allocation(0, 14)));

        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 1)))).isEqualTo(Payoffs.of(6, 6));
        assertThat(game.next(History.empty()).orElseThrow().questions().get(0).choice().describe(2)).isEqualTo("C");
    }

    @Test
    void optionListGameNeedsOneLabelPerAllocation() {
        assertThatThrownBy(() -> new OptionListGame("g", List.of("x"), List.of(new Allocation(1, 1), new Allocation(2, 0))))
                .hasMessage("option list game 'g' needs one label per allocation, got 1 labels for 2 allocations");
    }

    @Test
    void splitGameMultipliesWhatIsGivenByTheTransferRate() {
        SplitGame game = new SplitGame("costly_giving", 10, 1, 0.5);

        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 4)))).isEqualTo(Payoffs.of(6, 2));
        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, 0)))).isEqualTo(Payoffs.of(10, 0));
        assertThatThrownBy(() -> new SplitGame("x", 10, 1, 0)).hasMessage("transfer rate must be a finite number > 0, got 0.0");
    }
}
