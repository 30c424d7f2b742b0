package org.svosim.simulation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.run.TrialSpec;

/**
 * The trials of an experiment: every agent backend x value x protocol variant x repetition,
 * each with a stable id ({@code backend/value/protocol/rNN}) and a derived seed.
 *
 * <p>Trials are ordered repetition by repetition, so that a run stopped half-way has
 * every condition about equally far along.
 */
public record ExperimentPlan(long runSeed, List<TrialSpec> trials) {
    public ExperimentPlan {
        trials = List.copyOf(trials);
    }

    /** Expands the design; {@code agents}, {@code values} and {@code protocols} in config order. */
    public static ExperimentPlan expand(long runSeed, List<String> agents, List<TargetValue> values,
                                        List<ProtocolSpec> protocols, int repetitions) {
        List<TrialSpec> trials = new ArrayList<>();
        int width = String.valueOf(Math.max(repetitions - 1, 1)).length();
        String repFormat = "r%0" + Math.max(width, 2) + "d";
        for (int rep = 0; rep < repetitions; rep++) {
            for (String backend : agents) {
                for (TargetValue value : values) {
                    for (ProtocolSpec protocol : protocols) {
                        String id = backend + "/" + value.label() + "/" + protocol.name() + "/"
                                + String.format(Locale.ROOT, repFormat, rep);
                        trials.add(new TrialSpec(id, trials.size(), backend, value, protocol.name(), rep,
                                TrialSeeds.derive(runSeed, id)));
                    }
                }
            }
        }
        return new ExperimentPlan(runSeed, trials);
    }

    public int size() {
        return trials.size();
    }
}
