package org.svosim.simulation.population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.estimate.ObservedDecision;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Each agent's slider measure as stored in run.db's {@code trials} and {@code decisions} tables
 * (trial {@code slider/<agent>}, see {@link SliderSessions}).
 *
 * @param member  the agent
 * @param trial   its slider trial, or null if it took none (slider off, or the run was cut short)
 * @param choices its valid item answers as estimator observations (the item's options, the chosen one)
 */
public record SliderResults(Member member, TrialRow trial, List<ObservedDecision> choices) {
    public SliderResults {
        choices = List.copyOf(choices);
    }

    /** The slider angle (degrees), or null unless the trial is valid. */
    public Double angle() {
        return trial != null && trial.valid() ? trial.angle() : null;
    }

    /** The category of the slider angle, or null unless the trial is valid. */
    public SvoCategory category() {
        return trial != null && trial.valid() ? trial.category() : null;
    }

    /** One entry per member, in member order, read from {@code dbFile}. */
    static List<SliderResults> read(Path dbFile, List<Member> members) {
        Map<String, TrialRow> byAgent = new HashMap<>();
        Map<String, List<ObservedDecision>> choices = new HashMap<>();
        try (RunReader reader = RunReader.open(dbFile)) {
            SliderMeasure measure = reader.measure();
            Map<Integer, SliderItem> items = new HashMap<>();
            measure.items().forEach(i -> items.put(i.number(), i));
            for (TrialRow t : reader.trials()) {
                String agent = SliderSessions.agentOf(t.trialId());
                if (agent != null) {
                    byAgent.put(agent, t);
                }
            }
            for (DecisionRow d : reader.decisions()) {
                String agent = SliderSessions.agentOf(d.trialId());
                SliderItem item = items.get(d.itemNumber());
                if (agent != null && item != null && d.chosenOption() != null) {
                    choices.computeIfAbsent(agent, k -> new ArrayList<>())
                            .add(new ObservedDecision(item.options(), d.chosenOption()));
                }
            }
        }
        List<SliderResults> out = new ArrayList<>();
        for (Member m : members) {
            out.add(new SliderResults(m, byAgent.get(m.name()), choices.getOrDefault(m.name(), List.of())));
        }
        return out;
    }
}
