package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.assess.DecisionAssessment;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.games.play.Turn;
import org.svosim.games.slider.Allocation;

/**
 * What each answer of a question leads to, as the decider is told: the round's (own, mean of
 * others) payoffs when the others at the same stage answer uniformly at random and later stages
 * of the round are played by ideal players of the decider's angle (the uniform outlook of
 * {@link DecisionAssessment}).
 */
final class Expectations {
    private Expectations() {
    }

    /** Per answer of {@code question} (in the choice's order) at the stage after {@code before}. */
    static List<Allocation> of(Game game, History before, Stage stage, Question question, double degrees) {
        List<Move> placeholder = new ArrayList<>();
        for (Question q : stage.questions()) {
            placeholder.add(new Move(q.player(), q.choice().answers().get(0)));
        }
        History after = before.with(new Turn(placeholder));
        Move own = new Move(question.player(), question.choice().answers().get(0));
        DecisionRecord decision = new DecisionRecord(before.size(), stage.round(), question, own);
        return DecisionAssessment.of(game, after, decision, degrees).uniform();
    }

    /** True when {@code question} is the only one of its stage and every answer ends the round. */
    static boolean settled(Game game, History before, Stage stage, Question question) {
        if (stage.questions().size() != 1) {
            return false;
        }
        for (double answer : question.choice().answers()) {
            var after = game.next(before.with(new Turn(List.of(new Move(question.player(), answer)))));
            if (after.isPresent() && after.get().round() == stage.round()) {
                return false;
            }
        }
        return true;
    }
}
