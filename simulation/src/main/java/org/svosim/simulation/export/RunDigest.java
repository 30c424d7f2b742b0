package org.svosim.simulation.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * A run's rows as the summary, the analysis and the report use them, read once: the trials in plan
 * order, the item answers condensed per trial, the calls condensed per backend and trial, and the
 * condition summaries of summary.csv computed from them.
 *
 * @param trials    every saved trial, in plan order
 * @param answers   the item answers condensed
 * @param calls     the calls condensed
 * @param summaries one summary per condition, as in summary.csv
 */
public record RunDigest(List<TrialRow> trials, AnswerTotals answers, CallTotals calls,
                        List<ConditionSummary> summaries) {

    public RunDigest {
        trials = List.copyOf(trials);
        summaries = List.copyOf(summaries);
    }

    /** The digest of parts already read; the summaries are computed from them. */
    public static RunDigest of(List<TrialRow> trials, AnswerTotals answers, CallTotals calls) {
        return new RunDigest(trials, answers, calls, ConditionSummary.of(trials, answers, calls.trialCosts()));
    }

    /** Reads the digest of a run (one pass over each table). */
    public static RunDigest read(RunReader reader) {
        return of(reader.trials(), AnswerTotals.read(reader, primaryItems(reader)), CallTotals.of(reader));
    }

    /** The numbers of the run's primary items. */
    public static Set<Integer> primaryItems(RunReader reader) {
        return reader.measure().primaryItems().stream().map(SliderItem::number).collect(Collectors.toSet());
    }
}
