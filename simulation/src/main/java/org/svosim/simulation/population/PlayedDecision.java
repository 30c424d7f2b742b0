package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.svosim.games.assess.DecisionAssessment;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;

/**
 * One decision of a finished match with what it led to and how it is judged at the decider's
 * induced angle.
 *
 * @param match      the match
 * @param reply      the move as answered (or failed)
 * @param decider    who decided
 * @param partners   the other players of the match, in seat order
 * @param round      the round of the stage
 * @param question   what was asked
 * @param roundPay   the round's payoffs if the round was completed, else null
 * @param assessment the judgement at the induced angle, null for a failed move
 */
public record PlayedDecision(MatchRecord match, MoveReply reply, Member decider, List<Member> partners, int round,
                             Question question, Payoffs roundPay, DecisionAssessment assessment) {

    /** Every move of {@code match}, in the order asked. */
    static List<PlayedDecision> of(MatchRecord match, Map<String, Member> members) {
        Game game = match.plan().game().game();
        History h = match.history();
        List<DecisionRecord> played = game.decisions(h);
        List<PlayedDecision> out = new ArrayList<>();
        for (MoveReply r : match.moves()) {
            Stage stage = game.next(h.prefix(r.turn())).orElseThrow();
            Question q = stage.questions().get(stage.indexOf(r.player()));
            Member decider = members.get(r.agent());
            List<Member> partners = new ArrayList<>();
            for (String s : match.plan().seats()) {
                if (!s.equals(r.agent())) {
                    partners.add(members.get(s));
                }
            }
            DecisionAssessment a = null;
            if (r.ok()) {
                for (DecisionRecord d : played) {
                    if (d.turn() == r.turn() && d.move().player() == r.player()) {
                        a = DecisionAssessment.of(game, h, d, decider.value().degrees());
                    }
                }
            }
            out.add(new PlayedDecision(match, r, decider, partners, stage.round(), q, roundPayoffs(game, played, h,
                    stage.round()), a));
        }
        return out;
    }

    /** The payoffs of {@code round} if all its turns are in {@code h}, else null. */
    private static Payoffs roundPayoffs(Game game, List<DecisionRecord> played, History h, int round) {
        int first = -1;
        int last = -1;
        for (DecisionRecord d : played) {
            if (d.round() == round) {
                first = first < 0 ? d.turn() : first;
                last = d.turn();
            }
        }
        if (first < 0 || game.next(h.prefix(last + 1)).map(s -> s.round() == round).orElse(false)) {
            return null;
        }
        return game.payoffs(h.prefix(last + 1)).minus(game.payoffs(h.prefix(first)));
    }

    /** The partners' groups, sorted and {@code +}-joined. */
    public String partnerGroups() {
        return String.join("+", partners.stream().map(Member::group).sorted().toList());
    }
}
