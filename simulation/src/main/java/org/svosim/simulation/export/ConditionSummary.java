package org.svosim.simulation.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.TrialRow;

/**
 * The statistics of one condition (one row of summary.csv; docs/outputs.md defines each). Angle,
 * category, rationality statistics are over the valid trials; answer rates over every item answer
 * of the condition's trials; token totals over all its trials. Null where undefined.
 */
public record ConditionSummary(Condition condition, Double idealLow, Double idealHigh, int nTrials, int nValid,
                               int nInvalid, int nFailed, MeanInterval angle, Double shareAltruistic,
                               Double shareProsocial, Double shareIndividualistic, Double shareCompetitive,
                               Double categoryHitRate, MeanInterval valueRationality, Double meanChoiceRationality,
                               Double invalidAnswerRate, Double reaskRate, Double extractorRate, Long inputTokens,
                               Long outputTokens, Double costUsd) {

    /**
     * One summary per condition, in the plan order of each condition's first trial.
     *
     * @param trialCosts USD per trial id (every call made for it, cache hits free), null where unknown
     */
    public static List<ConditionSummary> of(List<TrialRow> trials, List<DecisionRow> decisions,
                                            Map<String, Double> trialCosts) {
        Map<Condition, List<TrialRow>> byCondition = new LinkedHashMap<>();
        Map<String, Condition> conditionOfTrial = new LinkedHashMap<>();
        for (TrialRow t : trials) {
            byCondition.computeIfAbsent(Condition.of(t), c -> new ArrayList<>()).add(t);
            conditionOfTrial.put(t.trialId(), Condition.of(t));
        }
        Map<Condition, List<DecisionRow>> answers = new LinkedHashMap<>();
        for (DecisionRow d : decisions) {
            Condition c = conditionOfTrial.get(d.trialId());
            if (c == null) {
                throw new IllegalArgumentException("decision of unknown trial " + d.trialId());
            }
            answers.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
        }
        List<ConditionSummary> out = new ArrayList<>();
        byCondition.forEach((c, ts) -> out.add(summarize(c, ts, answers.getOrDefault(c, List.of()),
                cost(ts, trialCosts))));
        return out;
    }

    /** The summary of one condition's trials and their item answers. */
    public static ConditionSummary summarize(Condition c, List<TrialRow> trials, List<DecisionRow> answers,
                                             Double costUsd) {
        List<TrialRow> valid = trials.stream().filter(TrialRow::valid).toList();
        TrialRow ideal = valid.stream().filter(t -> t.idealLow() != null).findFirst().orElse(null);
        boolean named = trials.stream().anyMatch(t -> t.targetCategory() != null);
        List<Double> hits = valid.stream().map(TrialRow::categoryHit).filter(Objects::nonNull)
                .map(h -> h ? 1.0 : 0.0).toList();
        return new ConditionSummary(c, ideal == null ? null : ideal.idealLow(),
                ideal == null ? null : ideal.idealHigh(), trials.size(), valid.size(),
                count(trials, TrialStatus.INVALID), count(trials, TrialStatus.FAILED),
                MeanInterval.of(values(valid, TrialRow::angle)),
                share(valid, SvoCategory.ALTRUISTIC), share(valid, SvoCategory.PROSOCIAL),
                share(valid, SvoCategory.INDIVIDUALISTIC), share(valid, SvoCategory.COMPETITIVE),
                named ? MeanInterval.of(hits).mean() : null,
                MeanInterval.of(values(valid, TrialRow::valueRationality)).clippedTo(0, 1),
                MeanInterval.of(values(valid, TrialRow::choiceRationality)).mean(),
                rate(answers, d -> d.method() == ParseMethod.INVALID), rate(answers, d -> d.attempts() > 1),
                rate(answers, d -> d.method() == ParseMethod.EXTRACTOR),
                sum(trials, TrialRow::inputTokens), sum(trials, TrialRow::outputTokens), costUsd);
    }

    private static Double cost(List<TrialRow> trials, Map<String, Double> trialCosts) {
        double sum = 0;
        for (TrialRow t : trials) {
            Double c = trialCosts.get(t.trialId());
            if (c == null) {
                return null;
            }
            sum += c;
        }
        return sum;
    }

    private static int count(List<TrialRow> trials, TrialStatus status) {
        return (int) trials.stream().filter(t -> t.status() == status).count();
    }

    private static List<Double> values(List<TrialRow> trials, Function<TrialRow, Double> f) {
        return trials.stream().map(f).filter(Objects::nonNull).toList();
    }

    private static Double share(List<TrialRow> valid, SvoCategory category) {
        return valid.isEmpty() ? null
                : valid.stream().filter(t -> t.category() == category).count() / (double) valid.size();
    }

    private static Double rate(List<DecisionRow> answers, Predicate<DecisionRow> which) {
        return answers.isEmpty() ? null : answers.stream().filter(which).count() / (double) answers.size();
    }

    private static Long sum(List<TrialRow> trials, Function<TrialRow, Long> f) {
        return trials.stream().map(f).filter(Objects::nonNull).reduce(Long::sum).orElse(null);
    }
}
