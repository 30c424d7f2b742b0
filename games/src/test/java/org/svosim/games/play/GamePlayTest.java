package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svosim.games.play.Bot.one;

import java.util.List;
import org.junit.jupiter.api.Test;

class GamePlayTest {
    private final UltimatumGame ultimatum = new UltimatumGame(10, 1);

    @Test
    void aMoveByAPlayerNotAskedIsRejected() {
        assertThatThrownBy(() -> ultimatum.play(History.empty(), new Move(1, 5)))
                .hasMessageContaining("player 1 is not asked at turn 0 (asked: [0])");
    }

    @Test
    void twoMovesByOnePlayerAreRejected() {
        assertThatThrownBy(() -> ultimatum.play(History.empty(), List.of(new Move(0, 5), new Move(0, 6))))
                .hasMessageContaining("player 0 answered twice");
    }

    @Test
    void decisionsReplayEveryQuestionWithItsAnswer() {
        History h = Bot.play(ultimatum, one(0, 4), one(1, UltimatumGame.REJECT));

        List<DecisionRecord> decisions = ultimatum.decisions(h);

        assertThat(decisions).extracting(DecisionRecord::turn).containsExactly(0, 1);
        assertThat(decisions.get(0).question().role()).isEqualTo("proposer");
        assertThat(decisions.get(1).move()).isEqualTo(new Move(1, UltimatumGame.REJECT));
    }

    @Test
    void playedAmountsAreStoredOnTheGrid() {
        DictatorGame game = new DictatorGame(1, 0.1);

        History h = game.play(History.empty(), new Move(0, 0.30000000000000004));

        assertThat(h.turn(0).answer(0)).isEqualTo(game.next(History.empty()).orElseThrow().questions().get(0).choice().answers().get(3));
    }
}
