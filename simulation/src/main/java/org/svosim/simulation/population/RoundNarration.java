package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import org.svosim.agents.prompt.PromptNumbers;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;

/**
 * What each player is told after a round, in one sentence seen from its seat: the game and round,
 * every choice made in the round (its own as "you", the others by role), and what it and the
 * others received. Other players are never named, so that names cannot hint at their values.
 */
final class RoundNarration {
    private RoundNarration() {
    }

    /** One sentence per seat for the round that began at turn {@code fromTurn} and ends with {@code history}. */
    static List<String> of(String label, Game game, History history, int fromTurn) {
        List<DecisionRecord> round = new ArrayList<>();
        for (DecisionRecord d : game.decisions(history)) {
            if (d.turn() >= fromTurn) {
                round.add(d);
            }
        }
        int number = round.isEmpty() ? 0 : round.get(0).round();
        Payoffs gained = game.payoffs(history).minus(game.payoffs(history.prefix(fromTurn)));
        List<String> out = new ArrayList<>();
        for (int seat = 0; seat < game.players(); seat++) {
            StringBuilder s = new StringBuilder(label).append(", round ").append(number).append(": ");
            List<String> parts = new ArrayList<>();
            for (DecisionRecord d : round) {
                String who = d.move().player() == seat ? "you (" + d.question().role() + ")"
                        : "the " + d.question().role();
                parts.add(who + " chose " + d.question().choice().describe(d.move().answer()));
            }
            s.append(String.join("; ", parts));
            s.append(". You received ").append(PromptNumbers.plain(gained.get(seat))).append(" coins, ")
                    .append(game.players() == 2 ? "the other player " : "the others on average ")
                    .append(PromptNumbers.plain(gained.meanOfOthers(seat))).append(".");
            out.add(s.toString());
        }
        return out;
    }
}
