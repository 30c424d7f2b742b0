package org.svosim.simulation.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.agents.traffic.TokenEstimates;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.TokenPrice;
import org.svosim.simulation.run.TrialSpec;

/**
 * What a set of trials will cost before anything is spent: calls, tokens and USD per backend,
 * from the cheapest to the costliest behaviour of the models (see {@link ReplyScript}). Each
 * condition (backend x value x protocol) is estimated once and counted for its repetitions.
 *
 * @param byBackend       low and high usage and cost per backend
 * @param costliestTrial  the most one trial can cost (USD), or null if a price is unknown
 */
public record RunEstimate(Map<String, Span> byBackend, Double costliestTrial) {

    /** Low and high usage of one backend, and its cost range (null when the price is unknown). */
    public record Span(Usage low, Usage high, Double costLow, Double costHigh) {
    }

    /** Estimates {@code trials} of {@code config}. */
    public static RunEstimate of(ExperimentConfig config, List<TrialSpec> trials) {
        PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
        TrialEstimator estimator = new TrialEstimator(config.measure(), templates);
        Map<String, Integer> maxReply = maxReplyTokens(config);
        Map<String, ProtocolSpec> protocols = new LinkedHashMap<>();
        config.protocols().forEach(p -> protocols.put(p.name(), p));

        Map<String, TrialSpec> firstOfCondition = new LinkedHashMap<>();
        Map<String, Long> count = new LinkedHashMap<>();
        for (TrialSpec t : trials) {
            String key = t.backend() + "\u0000" + t.value().label() + "\u0000" + t.protocol();
            firstOfCondition.putIfAbsent(key, t);
            count.merge(key, 1L, Long::sum);
        }
        Map<String, Usage> low = new LinkedHashMap<>();
        Map<String, Usage> high = new LinkedHashMap<>();
        Double costliest = 0.0;
        for (Map.Entry<String, TrialSpec> c : firstOfCondition.entrySet()) {
            TrialSpec t = c.getValue();
            long n = count.get(c.getKey());
            ProtocolSpec p = protocols.get(t.protocol());
            Map<String, Usage> cheap = estimator.estimate(t, p, ReplyScript.CHEAPEST, maxReply);
            Map<String, Usage> dear = estimator.estimate(t, p, ReplyScript.COSTLIEST, maxReply);
            cheap.forEach((b, u) -> low.merge(b, u.times(n), Usage::plus));
            dear.forEach((b, u) -> high.merge(b, u.times(n), Usage::plus));
            Double trialCost = cost(config, dear);
            costliest = costliest == null || trialCost == null ? null : Math.max(costliest, trialCost);
        }
        Map<String, Span> spans = new LinkedHashMap<>();
        for (String b : high.keySet()) {
            Usage l = low.getOrDefault(b, Usage.NONE);
            Usage h = high.get(b);
            TokenPrice price = config.price(b);
            spans.put(b, new Span(l, h, price.cost(l.inputTokens(), l.outputTokens()),
                    price.cost(h.inputTokens(), h.outputTokens())));
        }
        return new RunEstimate(spans, costliest);
    }

    /** Total over backends of the low (or high) usage. */
    public Usage total(boolean highEnd) {
        Usage sum = Usage.NONE;
        for (Span s : byBackend.values()) {
            sum = sum.plus(highEnd ? s.high() : s.low());
        }
        return sum;
    }

    /** Total cost range end, or null if any backend's price is unknown. */
    public Double totalCost(boolean highEnd) {
        double sum = 0;
        for (Span s : byBackend.values()) {
            Double c = highEnd ? s.costHigh() : s.costLow();
            if (c == null) {
                return null;
            }
            sum += c;
        }
        return sum;
    }

    private static Double cost(ExperimentConfig config, Map<String, Usage> usage) {
        double sum = 0;
        for (Map.Entry<String, Usage> e : usage.entrySet()) {
            Double c = config.price(e.getKey()).cost(e.getValue().inputTokens(), e.getValue().outputTokens());
            if (c == null) {
                return null;
            }
            sum += c;
        }
        return sum;
    }

    private static Map<String, Integer> maxReplyTokens(ExperimentConfig config) {
        Map<String, Integer> m = new LinkedHashMap<>();
        config.backends().forEach((name, spec) -> {
            Integer max = spec.sampling().maxTokens();
            m.put(name, max == null ? TokenEstimates.DEFAULT_REPLY_TOKENS : max);
        });
        return m;
    }
}
