package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.store.TrialRow;

/**
 * The difference between two conditions on the same target value (one row of comparisons.csv):
 * condition a minus condition b, for the circular mean angle ({@code wrap(mean_a - mean_b)},
 * degrees) and the mean value rationality, each with a bootstrap interval that resamples the two
 * conditions' valid trials independently.
 *
 * @param kind             what differs between a and b
 * @param a                the first condition
 * @param b                the second condition
 * @param nA               valid trials of a
 * @param nB               valid trials of b
 * @param angleDifference  circular mean angle of a minus that of b (degrees), with interval
 * @param vrDifference     mean value rationality of a minus that of b, with interval
 */
public record Comparison(Kind kind, Condition a, Condition b, int nA, int nB, Estimate angleDifference,
                         Estimate vrDifference) {

    /** What a pair of conditions differs in. */
    public enum Kind {
        /** Two backends (or model ids) under the same protocol variant. */
        BACKENDS,
        /** Two protocol variants of the same backend and model. */
        PROTOCOLS;

        /** Lower-case name as written in the table. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Every pair of conditions with the same target value that differ either in backend (same
     * protocol) or in protocol (same backend and model), in plan order: a comes before b.
     */
    public static List<Comparison> of(List<TrialRow> trials, Bootstrap bootstrap) {
        Map<Condition, List<TrialRow>> groups = TrialGroups.byCondition(trials);
        List<Condition> conditions = new ArrayList<>(groups.keySet());
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            for (int j = i + 1; j < conditions.size(); j++) {
                Condition a = conditions.get(i);
                Condition b = conditions.get(j);
                Kind kind = kindOf(a, b);
                if (kind != null) {
                    out.add(compare(kind, a, groups.get(a), b, groups.get(b), bootstrap));
                }
            }
        }
        return out;
    }

    /** What a and b differ in, or null when they are not a comparable pair. */
    static Kind kindOf(Condition a, Condition b) {
        if (!a.valueLabel().equals(b.valueLabel()) || a.targetDegrees() != b.targetDegrees()) {
            return null;
        }
        boolean sameBackend = a.backend().equals(b.backend()) && Objects.equals(a.modelId(), b.modelId());
        boolean sameProtocol = a.protocol().equals(b.protocol());
        if (sameProtocol && !sameBackend) {
            return Kind.BACKENDS;
        }
        return sameBackend && !sameProtocol ? Kind.PROTOCOLS : null;
    }

    /** The comparison of a and b from their trials. */
    static Comparison compare(Kind kind, Condition a, List<TrialRow> trialsA, Condition b, List<TrialRow> trialsB,
                              Bootstrap bootstrap) {
        List<TrialRow> validA = TrialGroups.valid(trialsA);
        List<TrialRow> validB = TrialGroups.valid(trialsB);
        String key = "comparisons/" + TrialGroups.key(a) + "|" + TrialGroups.key(b);
        return new Comparison(kind, a, b, validA.size(), validB.size(),
                bootstrap.circularMeanDifference(key + "/angle", TrialGroups.values(validA, TrialRow::angle),
                        TrialGroups.values(validB, TrialRow::angle)),
                bootstrap.meanDifference(key + "/value_rationality",
                        TrialGroups.values(validA, TrialRow::valueRationality),
                        TrialGroups.values(validB, TrialRow::valueRationality)));
    }
}
