package org.svosim.simulation.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.store.CallRow;
import org.svosim.simulation.store.RunReader;

/**
 * What each trial cost: the sum over every call made for it (in any attempt; cache hits free) at
 * the prices the run recorded. A trial with a call whose price is unknown has no cost (null).
 */
public final class TrialCosts {
    private TrialCosts() {
    }

    /** Cost per trial id from the run's recorded prices. */
    public static Map<String, Double> of(RunReader reader) {
        return CallTotals.of(reader).trialCosts();
    }

    public static Map<String, Double> of(List<CallRow> calls, PriceTable prices) {
        Map<String, Double> costs = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (CallRow c : calls) {
            Double cost = prices.callCost(c.backend(), c.cached(), c.inputTokens(), c.outputTokens());
            if (cost == null) {
                unknown.add(c.trialId());
            } else {
                costs.merge(c.trialId(), cost, Double::sum);
            }
        }
        unknown.forEach(id -> costs.put(id, null));
        return costs;
    }
}
