package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.chart.RingPoint;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.TrialRow;

/**
 * Each valid trial's mean payoffs to self and to the other over its primary answers: the point
 * whose direction from (50, 50) is the trial's SVO angle (SVO.md section 2).
 */
final class TrialPayoffs {
    private TrialPayoffs() {
    }

    /** One ring point per valid trial whose primary answers all carry payoffs, in trial order. */
    static List<RingPoint> of(List<TrialRow> trials, List<DecisionRow> decisions, SliderMeasure measure) {
        Set<Integer> primary = measure.primaryItems().stream().map(SliderItem::number).collect(Collectors.toSet());
        Map<String, double[]> sums = new HashMap<>();
        for (DecisionRow d : decisions) {
            if (primary.contains(d.itemNumber()) && d.payoffSelf() != null && d.payoffOther() != null) {
                double[] s = sums.computeIfAbsent(d.trialId(), k -> new double[3]);
                s[0] += d.payoffSelf();
                s[1] += d.payoffOther();
                s[2]++;
            }
        }
        List<RingPoint> out = new ArrayList<>();
        for (TrialRow t : trials) {
            double[] s = sums.get(t.trialId());
            if (t.valid() && s != null && s[2] == primary.size()) {
                out.add(new RingPoint(t.backend(), t.protocol(), t.valueLabel(), t.targetDegrees(), s[0] / s[2],
                        s[1] / s[2]));
            }
        }
        return out;
    }
}
