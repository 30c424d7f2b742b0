package org.svosim.simulation.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.config.TokenPrice;
import org.svosim.simulation.store.CallGroup;
import org.svosim.simulation.store.CallRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * What the summary and the report need from the calls table: each trial's cost, each backend's usage
 * (in the order of the backends' first calls) and the failed calls. When no call sent to a backend has
 * a non-zero price every cost is 0 or unknown, and everything follows from counts the database sums
 * and from which trials have calls; otherwise every call is read and priced one by one, in call order,
 * as {@link TrialCosts} does. Both give the same numbers.
 *
 * @param trialCosts USD per trial id (null where a call's price is unknown; trials without calls absent)
 * @param byBackend  usage per backend, in order of first call
 * @param total      usage of all backends together
 * @param failed     the calls that got no reply, in call order
 * @param prices     the prices the run recorded
 */
public record CallTotals(Map<String, Double> trialCosts, Map<String, BackendUsage> byBackend, BackendUsage total,
                         List<CallRow> failed, PriceTable prices) {

    /** Reads the totals of a run. */
    public static CallTotals of(RunReader reader) {
        return of(reader, reader.trials());
    }

    /**
     * Reads the totals of a run whose trials (as read by {@link RunReader#trials()}) are at hand: a trial
     * that counts calls has calls in the calls table (they are saved before it), so only trials that count
     * none are looked up.
     */
    public static CallTotals of(RunReader reader, List<TrialRow> trials) {
        PriceTable prices = PriceTable.fromJson(reader.header().extras().get(PriceTable.RUN_INFO_KEY));
        List<CallGroup> groups = reader.callUsage();
        return priced(groups, prices) ? perCall(reader, prices) : fromGroups(reader, trials, groups, prices);
    }

    /** The totals of a list of calls. */
    public static CallTotals of(List<CallRow> calls, List<CallRow> failed, PriceTable prices) {
        Map<String, BackendUsage> byBackend = new LinkedHashMap<>();
        BackendUsage total = BackendUsage.none();
        for (CallRow c : calls) {
            Double cost = prices.callCost(c.backend(), c.cached(), c.inputTokens(), c.outputTokens());
            byBackend.put(c.backend(), byBackend.getOrDefault(c.backend(), BackendUsage.none()).plus(c, cost));
            total = total.plus(c, cost);
        }
        return new CallTotals(TrialCosts.of(calls, prices), Collections.unmodifiableMap(byBackend), total,
                List.copyOf(failed), prices);
    }

    private static CallTotals perCall(RunReader reader, PriceTable prices) {
        return of(reader.calls(), reader.failedCalls(), prices);
    }

    /** Every call costs 0 or is unknown: costs follow from which trials have calls, and which unknown ones. */
    private static CallTotals fromGroups(RunReader reader, List<TrialRow> trials, List<CallGroup> groups,
                                         PriceTable prices) {
        Map<String, BackendUsage> byBackend = new LinkedHashMap<>();
        Set<String> backends = new HashSet<>();
        groups.forEach(g -> backends.add(g.backend()));
        (backends.size() > 1 ? reader.callBackends() : List.copyOf(backends))
                .forEach(b -> byBackend.put(b, BackendUsage.none()));
        BackendUsage total = BackendUsage.none();
        Set<String> unknownPriced = new TreeSet<>();
        for (CallGroup g : groups) {
            Double cost = g.cached() ? Double.valueOf(0.0) : prices.price(g.backend()).known() ? 0.0 : null;
            if (cost == null) {
                unknownPriced.add(g.backend());
            }
            BackendUsage u = byBackend.getOrDefault(g.backend(), BackendUsage.none());
            byBackend.put(g.backend(), u.plus(g.calls(), g.cached(), g.ok(), g.inputTokens(), g.outputTokens(),
                    g.latencyMs(), cost));
            total = total.plus(g.calls(), g.cached(), g.ok(), g.inputTokens(), g.outputTokens(), g.latencyMs(), cost);
        }
        Map<String, Double> costs = new HashMap<>();
        List<String> uncounted = new ArrayList<>();
        for (TrialRow t : trials) {
            if (t.nCalls() > 0) {
                costs.put(t.trialId(), 0.0);
            } else {
                uncounted.add(t.trialId());
            }
        }
        if (!uncounted.isEmpty()) {
            reader.trialsWithCalls(null).forEach(id -> costs.put(id, 0.0));
        }
        if (!unknownPriced.isEmpty()) {
            reader.trialsWithCalls(unknownPriced).forEach(id -> costs.put(id, null));
        }
        return new CallTotals(Collections.unmodifiableMap(costs), Collections.unmodifiableMap(byBackend), total,
                total.failed() == 0 ? List.of() : reader.failedCalls(), prices);
    }

    /**
     * Each backend's cost in USD at the run's prices (null once a call's price is unknown; cache hits
     * free), priced call by call in call order when some price is not zero, else from the database's sums
     * ({@code groups}, as {@link RunReader#callUsage()} reads them).
     */
    public static Map<String, Double> costByBackend(RunReader reader, List<CallGroup> groups) {
        PriceTable prices = PriceTable.fromJson(reader.header().extras().get(PriceTable.RUN_INFO_KEY));
        Map<String, Double> cost = new HashMap<>();
        if (priced(groups, prices)) {
            reader.forEachCall(c -> addCost(cost, c.backend(),
                    prices.callCost(c.backend(), c.cached(), c.inputTokens(), c.outputTokens())));
        } else {
            for (CallGroup g : groups) {
                addCost(cost, g.backend(), g.cached() ? Double.valueOf(0.0)
                        : prices.price(g.backend()).known() ? 0.0 : null);
            }
        }
        return cost;
    }

    private static void addCost(Map<String, Double> cost, String backend, Double add) {
        if (!cost.containsKey(backend)) {
            cost.put(backend, add);
            return;
        }
        Double sum = cost.get(backend);
        cost.put(backend, sum == null || add == null ? null : sum + add);
    }

    /** Whether some call actually sent (not a cache hit) has a price that is not zero. */
    private static boolean priced(List<CallGroup> groups, PriceTable prices) {
        return groups.stream().anyMatch(g -> !g.cached() && nonZero(prices.price(g.backend())));
    }

    private static boolean nonZero(TokenPrice p) {
        return p.known() && (p.inputPerMillion() != 0 || p.outputPerMillion() != 0);
    }
}
