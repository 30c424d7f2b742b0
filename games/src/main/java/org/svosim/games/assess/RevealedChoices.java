package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.estimate.ObservedDecision;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;

/**
 * A player's decisions in a played game as input for the revealed-angle estimator: each answer's
 * (own, mean of others) round payoffs given the others' actual answers at the same stage, and the
 * answer chosen.
 *
 * <p>Only decisions whose every answer ends the round are kept (slider items, dictator and split
 * games, matrix and public-goods rounds, ultimatum responses, trust returns), because only there
 * the consequences are fixed by what was actually played. First moves of sequential games
 * (ultimatum offers, trust transfers) are left out: what they lead to depends on the responder's
 * unobserved strategy, and any assumption about it would feed an angle into the data.
 */
public final class RevealedChoices {
    private RevealedChoices() {
    }

    /** The angle-free decisions of {@code player} in {@code history} of {@code game}, in order. */
    public static List<ObservedDecision> of(Game game, History history, int player) {
        List<ObservedDecision> out = new ArrayList<>();
        for (DecisionRecord d : game.decisions(history)) {
            if (d.move().player() != player) {
                continue;
            }
            History before = history.prefix(d.turn());
            if (Outlook.endsRound(game, before, player, history.turn(d.turn()))) {
                int chosen = d.question().choice().indexOf(d.move().answer());
                out.add(new ObservedDecision(Outlook.perAnswer(game, before, player, history.turn(d.turn()), 0), chosen));
            }
        }
        return out;
    }
}
