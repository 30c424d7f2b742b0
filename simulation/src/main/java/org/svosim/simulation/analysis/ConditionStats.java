package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.store.TrialRow;

/**
 * The circular and bootstrap statistics of one condition's valid trials (one row of
 * conditions.csv). The category-hit rate is empty for explicit-angle targets.
 *
 * @param condition       the condition (backend, model, protocol, value)
 * @param nTrials         trials saved for the condition
 * @param nValid          valid trials, over which everything else is computed
 * @param angle           circular mean, resultant length and circular sd of the angles
 * @param meanAngle       circular mean angle (degrees) with its bootstrap interval
 * @param valueRationality mean value rationality with its bootstrap interval
 * @param categoryHitRate share of category hits with its bootstrap interval
 */
public record ConditionStats(Condition condition, int nTrials, int nValid, CircularSummary angle,
                             Estimate meanAngle, Estimate valueRationality, Estimate categoryHitRate) {

    /** One row per condition, in the plan order of each condition's first trial. */
    public static List<ConditionStats> of(List<TrialRow> trials, Bootstrap bootstrap) {
        List<ConditionStats> out = new ArrayList<>();
        TrialGroups.byCondition(trials).forEach((c, ts) -> out.add(of(c, ts, bootstrap)));
        return out;
    }

    /** The statistics of one condition's trials. */
    public static ConditionStats of(Condition c, List<TrialRow> trials, Bootstrap bootstrap) {
        List<TrialRow> valid = TrialGroups.valid(trials);
        String key = "conditions/" + TrialGroups.key(c);
        double[] angles = TrialGroups.values(valid, TrialRow::angle);
        return new ConditionStats(c, trials.size(), valid.size(), CircularSummary.of(angles),
                bootstrap.circularMean(key + "/angle", angles),
                bootstrap.mean(key + "/value_rationality", TrialGroups.values(valid, TrialRow::valueRationality)),
                bootstrap.mean(key + "/category_hit", TrialGroups.hits(valid)));
    }
}
