package org.svosim.simulation.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
        Set<String> known = new HashSet<>();
        trials.forEach(t -> known.add(t.trialId()));
        for (DecisionRow d : decisions) {
            if (!known.contains(d.trialId())) {
                throw new IllegalArgumentException("decision of unknown trial " + d.trialId());
            }
        }
        return of(trials, AnswerTotals.of(decisions, Set.of()), trialCosts);
    }

    /** As {@link #of(List, List, Map)}, with the answers condensed into per-trial totals. */
    public static List<ConditionSummary> of(List<TrialRow> trials, AnswerTotals answers,
                                            Map<String, Double> trialCosts) {
        Map<Condition, List<TrialRow>> byCondition = new LinkedHashMap<>();
        for (TrialRow t : trials) {
            byCondition.computeIfAbsent(Condition.of(t), c -> new ArrayList<>()).add(t);
        }
        List<ConditionSummary> out = new ArrayList<>();
        byCondition.forEach((c, ts) -> out.add(summarize(c, ts, Rates.of(ts, answers), cost(ts, trialCosts))));
        return out;
    }

    /** The summary of one condition's trials and their item answers. */
    public static ConditionSummary summarize(Condition c, List<TrialRow> trials, List<DecisionRow> answers,
                                             Double costUsd) {
        return summarize(c, trials, Rates.of(trials, AnswerTotals.of(answers, Set.of())), costUsd);
    }

    private static ConditionSummary summarize(Condition c, List<TrialRow> trials, Rates rates, Double costUsd) {
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
                rates.rate(rates.invalid), rates.rate(rates.reasked), rates.rate(rates.extractor),
                sum(trials, TrialRow::inputTokens), sum(trials, TrialRow::outputTokens), costUsd);
    }

    /** Counts of a condition's item answers, for the answer rates. */
    private record Rates(long answers, long invalid, long reasked, long extractor) {
        static Rates of(List<TrialRow> trials, AnswerTotals totals) {
            long answers = 0;
            long invalid = 0;
            long reasked = 0;
            long extractor = 0;
            for (TrialRow t : trials) {
                AnswerTotals.TrialAnswers a = totals.of(t.trialId());
                answers += a.answers();
                invalid += a.invalid();
                reasked += a.reasked();
                extractor += a.extractor();
            }
            return new Rates(answers, invalid, reasked, extractor);
        }

        Double rate(long count) {
            return answers == 0 ? null : count / (double) answers;
        }
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

    private static Long sum(List<TrialRow> trials, Function<TrialRow, Long> f) {
        return trials.stream().map(f).filter(Objects::nonNull).reduce(Long::sum).orElse(null);
    }
}
