package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.svosim.games.play.Choice;

/**
 * A distribution over one question's answers: the answers, their probabilities, and whether the
 * answers are amounts (a range), which may be reduced to the two ends.
 */
record Support(List<Double> answers, List<Double> weights, boolean amounts) {

    static Support fixed(double answer) {
        return new Support(List.of(answer), List.of(1.0), false);
    }

    static Support uniform(Choice choice) {
        List<Double> answers = choice.answers();
        return new Support(answers, Collections.nCopies(answers.size(), 1.0 / answers.size()), choice instanceof Choice.Range);
    }

    /**
     * {@code supports} with every range but {@code keep}'s reduced to its two ends (weights keeping
     * the mean) when the combinations exceed {@code max}; throws if that is not enough.
     */
    static List<Support> affordable(List<Support> supports, int keep, int max) {
        List<Support> out = new ArrayList<>(supports);
        if (combinations(out, keep) <= max) {
            return out;
        }
        for (int q = 0; q < out.size(); q++) {
            if (q != keep) {
                out.set(q, out.get(q).twoPoint());
            }
        }
        if (combinations(out, keep) > max) {
            throw new IllegalArgumentException("too many answer combinations of the other players to enumerate (more than "
                    + max + "); a range's two ends stand in for it only when payoffs are linear in it, and option lists cannot be reduced");
        }
        return out;
    }

    private static double combinations(List<Support> supports, int keep) {
        double product = 1;
        for (int q = 0; q < supports.size(); q++) {
            if (q != keep) {
                product *= supports.get(q).answers().size();
            }
        }
        return product;
    }

    /** The two ends with weights giving the same mean, for a range of more than two amounts. */
    private Support twoPoint() {
        if (!amounts || answers.size() <= 2) {
            return this;
        }
        double low = answers.get(0);
        double high = answers.get(answers.size() - 1);
        double mean = 0;
        for (int i = 0; i < answers.size(); i++) {
            mean += answers.get(i) * weights.get(i);
        }
        double wHigh = (mean - low) / (high - low);
        return new Support(List.of(low, high), List.of(1 - wHigh, wHigh), true);
    }
}
