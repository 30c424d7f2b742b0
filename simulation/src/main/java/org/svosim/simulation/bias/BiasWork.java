package org.svosim.simulation.bias;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.endpoint.EndpointGateway;

/**
 * Everything the runner needs: the first-phase tasks, how to plan the ratings, the gateways,
 * and what an earlier attempt of the same run already stored (so a resumed run skips it).
 *
 * @param firstPhase         judgements and explanations, in plan order
 * @param plan               plans the ratings
 * @param judges             the judges (also the raters)
 * @param scenarios          scenario id -> scenario
 * @param gateways           backend name -> gateway
 * @param explain            whether explanations and ratings are asked
 * @param storedIds          ids of tasks already stored with a reply
 * @param storedExplanations explanations stored by earlier attempts
 */
public record BiasWork(List<BiasTask> firstPhase, BiasPlan plan, List<String> judges, Map<String, Scenario> scenarios,
                       Map<String, EndpointGateway> gateways, boolean explain, Set<String> storedIds,
                       List<BiasAnswer> storedExplanations) {
    public BiasWork {
        firstPhase = List.copyOf(firstPhase);
        judges = List.copyOf(judges);
        storedIds = Set.copyOf(storedIds);
        storedExplanations = List.copyOf(storedExplanations);
    }

    /** The tasks not stored yet, in order. */
    public List<BiasTask> pending(List<BiasTask> tasks) {
        return tasks.stream().filter(t -> !storedIds.contains(t.id())).toList();
    }

    /** The rating tasks for these explanations. */
    public List<BiasTask> ratings(List<BiasAnswer> explanations) {
        return plan.ratings(explanations, judges, scenarios);
    }
}
