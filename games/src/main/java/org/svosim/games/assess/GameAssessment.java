package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;

/**
 * All decisions of one player in one played game judged at the player's target angle, with the
 * per-game value rationality (mean over the player's decisions; NaN if it took none).
 *
 * @param player                 the judged seat
 * @param degrees                the target angle t
 * @param decisions              the player's decisions in order
 * @param meanRationalityExPost  mean of {@link DecisionAssessment#rationalityExPost()}
 * @param meanRationalityUniform mean of {@link DecisionAssessment#rationalityUniform()}
 */
public record GameAssessment(int player, double degrees, List<DecisionAssessment> decisions,
                             double meanRationalityExPost, double meanRationalityUniform) {
    public GameAssessment {
        decisions = List.copyOf(decisions);
    }

    /** Judges every decision {@code player} took in {@code history} of {@code game} at {@code degrees}. */
    public static GameAssessment of(Game game, History history, int player, double degrees) {
        List<DecisionAssessment> judged = new ArrayList<>();
        double exPost = 0;
        double uniform = 0;
        for (DecisionRecord d : game.decisions(history)) {
            if (d.move().player() == player) {
                DecisionAssessment a = DecisionAssessment.of(game, history, d, degrees);
                judged.add(a);
                exPost += a.rationalityExPost();
                uniform += a.rationalityUniform();
            }
        }
        int n = judged.size();
        return new GameAssessment(player, degrees, judged, n == 0 ? Double.NaN : exPost / n, n == 0 ? Double.NaN : uniform / n);
    }
}
