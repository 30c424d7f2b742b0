package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Stage;
import org.svosim.simulation.config.FeedbackSpec;

/**
 * What the players of a stored match were told, round by round, replayed from its history the way
 * its {@link Referee} told it: a round is told when its last turn is played (so the unfinished round
 * of an abandoned match is not), with the same {@link RoundNarration}.
 */
final class RememberedRounds {
    private RememberedRounds() {
    }

    /** Per told round, in order, one text per seat (no entries when the feedback is {@code none}). */
    static List<List<String>> of(MatchRecord match, FeedbackSpec feedback) {
        Game game = match.plan().game().game();
        String label = match.plan().game().label();
        History full = match.history();
        List<List<String>> out = new ArrayList<>();
        int roundStart = 0;
        for (int t = 1; t <= full.size(); t++) {
            Stage played = game.next(full.prefix(t - 1)).orElseThrow();
            History h = full.prefix(t);
            if (roundEnds(game, h, played)) {
                List<String> told = RoundNarration.of(label, game, h, roundStart, feedback);
                if (!told.isEmpty()) {
                    out.add(told);
                }
                roundStart = t;
            }
        }
        return out;
    }

    /** Whether the turn that led to {@code after} was the last of {@code played}'s round. */
    static boolean roundEnds(Game game, History after, Stage played) {
        return game.next(after).map(s -> s.round() != played.round()).orElse(true);
    }
}
