package org.svosim.simulation.config;

import java.util.List;
import org.svosim.games.bias.AttackCondition;
import org.svosim.simulation.bias.scenario.ScenarioFilter;

/**
 * The {@code bias} section of a config: a social-bias judgement probe (configs/README.md, "Bias probe").
 *
 * @param judges            backends that judge, in order
 * @param conditions        system-prompt conditions, in order
 * @param sources           where scenarios come from, in order
 * @param samplePerCategory items drawn per category with the run seed, or null for every item
 * @param filter            the polarity, direction and answer-type filters (categories are per source)
 * @param explanations      whether judges explain gold-biased scenarios and rate each other's explanations
 */
public record BiasSettings(List<String> judges, List<AttackCondition> conditions, List<BiasSource> sources,
                           Integer samplePerCategory, ScenarioFilter filter, boolean explanations) {
    public BiasSettings {
        judges = List.copyOf(judges);
        conditions = List.copyOf(conditions);
        sources = List.copyOf(sources);
    }

    /** The backends used as CrowS-Pairs emulators, each once, in source order. */
    public List<String> emulators() {
        return sources.stream().map(BiasSource::emulator).filter(e -> e != null).distinct().toList();
    }
}
