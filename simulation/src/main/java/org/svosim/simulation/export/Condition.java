package org.svosim.simulation.export;

import org.svosim.simulation.store.TrialRow;

/**
 * One experimental condition: a backend (with its provider and model id), a protocol variant and a
 * target value. A backend whose reported model id changed within a run forms one condition per id.
 */
public record Condition(String backend, String provider, String modelId, String protocol, String valueLabel,
                        double targetDegrees) {
    public static Condition of(TrialRow t) {
        return new Condition(t.backend(), t.provider(), t.modelId(), t.protocol(), t.valueLabel(),
                t.targetDegrees());
    }
}
