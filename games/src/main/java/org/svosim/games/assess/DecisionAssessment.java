package org.svosim.games.assess;

import java.util.List;
import org.svosim.games.play.Choice;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.slider.Allocation;

/**
 * One decision judged at a target angle: what every answer leads to (the decider's own and mean
 * of others' round payoffs) ex post and under a uniform belief, the best answers, and the value
 * rationality of the answer given.
 *
 * @param decision           the decision as replayed from the history
 * @param degrees            the target angle t
 * @param answers            every answer of the question, in the choice's order
 * @param chosen             position of the given answer in {@code answers}
 * @param exPost             per answer, the round's (own, other) payoffs given the others' actual
 *                           answers at the same stage
 * @param uniform            per answer, the expected (own, other) payoffs when the others at the same
 *                           stage answer uniformly at random
 * @param bestExPost         positions of the best answers ex post (best response to the actual moves)
 * @param bestUniform        positions of the best answers under the uniform belief
 * @param rationalityExPost  {@link Rationality} of the given answer over {@code exPost}
 * @param rationalityUniform {@link Rationality} of the given answer over {@code uniform}
 */
public record DecisionAssessment(
        DecisionRecord decision,
        double degrees,
        List<Double> answers,
        int chosen,
        List<Allocation> exPost,
        List<Allocation> uniform,
        List<Integer> bestExPost,
        List<Integer> bestUniform,
        double rationalityExPost,
        double rationalityUniform) {

    /** Judges {@code decision}, taken in {@code history} of {@code game}, at {@code degrees}. */
    public static DecisionAssessment of(Game game, History history, DecisionRecord decision, double degrees) {
        History before = history.prefix(decision.turn());
        int player = decision.move().player();
        Choice choice = decision.question().choice();
        int chosen = choice.indexOf(decision.move().answer());
        List<Allocation> exPost = Outlook.perAnswer(game, before, player, history.turn(decision.turn()), degrees);
        List<Allocation> uniform = Outlook.perAnswer(game, before, player, null, degrees);
        return new DecisionAssessment(decision, degrees, choice.answers(), chosen, exPost, uniform,
                TieRule.best(exPost, degrees), TieRule.best(uniform, degrees),
                Rationality.of(exPost, chosen, degrees), Rationality.of(uniform, chosen, degrees));
    }

    /** True when the given answer is a best response to the others' actual answers. */
    public boolean bestExPostChosen() {
        return bestExPost.contains(chosen);
    }

    /** True when the given answer is a best response to the uniform belief. */
    public boolean bestUniformChosen() {
        return bestUniform.contains(chosen);
    }
}
