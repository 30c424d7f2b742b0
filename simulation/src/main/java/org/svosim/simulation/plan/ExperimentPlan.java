package org.svosim.simulation.plan;

import java.util.ArrayList;
import java.util.List;
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
        int width = Math.max(String.valueOf(Math.max(repetitions - 1, 1)).length(), 2);
        for (int rep = 0; rep < repetitions; rep++) {
            for (String backend : agents) {
                for (TargetValue value : values) {
                    for (ProtocolSpec protocol : protocols) {
                        String id = backend + "/" + value.label() + "/" + protocol.name() + "/"
                                + repetitionLabel(rep, width);
                        trials.add(new TrialSpec(id, trials.size(), backend, value, protocol.name(), rep,
                                TrialSeeds.derive(runSeed, id)));
                    }
                }
            }
        }
        return new ExperimentPlan(runSeed, trials);
    }

    /** {@code r} and the repetition, zero-padded to {@code width} digits ({@code r007}). */
    static String repetitionLabel(int repetition, int width) {
        String digits = Integer.toString(repetition);
        return "r" + "0".repeat(Math.max(width - digits.length(), 0)) + digits;
    }

    public int size() {
        return trials.size();
    }
}
