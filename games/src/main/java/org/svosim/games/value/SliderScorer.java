package org.svosim.games.value;

import java.util.Map;
import org.svosim.games.slider.SliderMeasure;

/**
 * Scores one complete set of slider answers against a target value (SVO.md sections 2-5).
 */
public final class SliderScorer {
    private SliderScorer() {
    }

    /**
     * @param measure  the items asked
     * @param choices  chosen original option index (0 = 'A') by item number; must contain every
     *                 primary item; secondary items may be missing (then no IA index)
     * @param target   the value the agent was told to hold
     */
    public static SliderScore score(SliderMeasure measure, Map<Integer, Integer> choices, TargetValue target) {
        throw new UnsupportedOperationException("implemented by the games helper");
    }
}
