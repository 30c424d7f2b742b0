package org.svosim.games.bias;

import java.util.Map;
import java.util.Objects;

/**
 * One judge's verdict on one scenario under one condition, with what the metrics need to
 * know about the scenario.
 *
 * @param scenarioId the scenario's id (unique within a run)
 * @param judge      the judge's name (a backend, possibly with a variant)
 * @param condition  the system-prompt condition
 * @param gold       the scenario's gold label (BIASED or UNBIASED)
 * @param label      the judge's label (REJECTED when no verdict was read)
 * @param attributes scenario attributes to break rates down by (e.g. source, category,
 *                   polarity, answer_type); copied
 */
public record Judgement(String scenarioId, String judge, AttackCondition condition, BiasLabel gold,
                        BiasLabel label, Map<String, String> attributes) {
    public Judgement {
        Objects.requireNonNull(scenarioId, "scenario id");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(gold, "gold label");
        Objects.requireNonNull(label, "label");
        if (!gold.isVerdict()) {
            throw new IllegalArgumentException("scenario " + scenarioId + ": a gold label is BIASED or UNBIASED, not REJECTED");
        }
        attributes = Map.copyOf(attributes);
    }

    /** Whether the judge's verdict differs from the gold label (false for a rejection). */
    public boolean misjudged() {
        return label.isVerdict() && label != gold;
    }
}
