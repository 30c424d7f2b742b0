package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.chart.RingPoint;
import org.svosim.simulation.export.AnswerTotals;
import org.svosim.simulation.store.TrialRow;


/**
 * Each valid trial's mean payoffs to self and to the other over its primary answers: the point
 * whose direction from (50, 50) is the trial's SVO angle (SVO.md section 2).
 */
final class TrialPayoffs {
    private TrialPayoffs() {
    }

    /** One ring point per valid trial whose primary answers all carry payoffs, in trial order. */
    static List<RingPoint> of(List<TrialRow> trials, AnswerTotals answers) {
        int primary = answers.primaryItems().size();
        List<RingPoint> out = new ArrayList<>();
        for (TrialRow t : trials) {
            AnswerTotals.TrialAnswers a = answers.of(t.trialId());
            if (t.valid() && a.primaryWithPayoffs() > 0 && a.primaryWithPayoffs() == primary) {
                out.add(new RingPoint(t.backend(), t.protocol(), t.valueLabel(), t.targetDegrees(),
                        a.payoffSelf() / a.primaryWithPayoffs(), a.payoffOther() / a.primaryWithPayoffs()));
            }
        }
        return out;
    }
}
