package org.svosim.simulation.analysis;

import java.util.List;
import org.svosim.simulation.store.TrialRow;

/**
 * Every research statistic of a run, computed once from its trial rows.
 *
 * @param conditions  per condition
 * @param calibration per backend x protocol (and pooled per backend)
 * @param comparisons per comparable pair of conditions
 * @param confusion   confusion-matrix cells per backend x protocol
 */
public record ResearchStats(List<ConditionStats> conditions, List<Calibration> calibration,
                            List<Comparison> comparisons, List<ConfusionCell> confusion) {

    /** Computes everything from the trials with the given bootstrap. */
    public static ResearchStats of(List<TrialRow> trials, Bootstrap bootstrap) {
        return new ResearchStats(ConditionStats.of(trials, bootstrap), Calibration.of(trials, bootstrap),
                Comparison.of(trials, bootstrap), ConfusionCell.of(trials));
    }
}
