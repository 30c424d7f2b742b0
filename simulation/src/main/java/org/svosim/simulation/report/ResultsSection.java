package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.export.ConditionSummary;

/**
 * The results per condition with their 95% intervals, exactly as in summary.csv (the same
 * {@link ConditionSummary} code), then the analysis tables handed to the report.
 */
final class ResultsSection implements ReportSection {
    private static final String INTERVALS = "Intervals are 95% Student t intervals of the mean over the valid"
            + " trials, mean \u00b1 t(0.975, n \u2212 1) \u00b7 sd / \u221an (empty with fewer than two valid trials);"
            + " the same numbers as summary.csv.";

    @Override
    public String id() {
        return "results";
    }

    @Override
    public String title() {
        return "Results";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        TableHtml.write(angles(d.summaries()), html);
        TableHtml.write(categories(d.summaries()), html);
        TableHtml.write(rationality(d.summaries()), html);
        for (ReportTable extra : d.extraTables()) {
            TableHtml.write(extra, html);
        }
    }

    static ReportTable angles(List<ConditionSummary> summaries) {
        Function<Condition, String> backend = backendLabels(summaries);
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            Condition c = s.condition();
            rows.add(Arrays.asList(backend.apply(c), c.protocol(), c.valueLabel(), Cells.fixed(c.targetDegrees(), 1),
                    Cells.interval(s.idealLow(), s.idealHigh(), 2), s.nValid() + " / " + s.nTrials(),
                    Cells.fixed(s.angle().mean(), 2), Cells.interval(s.angle().ciLow(), s.angle().ciHigh(), 2),
                    Cells.fixed(s.angle().sd(), 2)));
        }
        return new ReportTable("Measured SVO angle by condition", "Angles in degrees. \u03b8* is the induced"
                + " target angle; the ideal interval holds the angles of an agent that maximises the target utility"
                + " on every item (all tie-breaks). " + INTERVALS,
                List.of("backend", "protocol", "value", "\u03b8* (\u00b0)", "ideal interval (\u00b0)", "valid / n",
                        "mean angle (\u00b0)", "95% CI (\u00b0)", "sd (\u00b0)"), rows);
    }

    static ReportTable categories(List<ConditionSummary> summaries) {
        Function<Condition, String> backend = backendLabels(summaries);
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            Condition c = s.condition();
            rows.add(Arrays.asList(backend.apply(c), c.protocol(), c.valueLabel(), s.nValid() + " / " + s.nTrials(),
                    Cells.percent(s.shareAltruistic()), Cells.percent(s.shareProsocial()),
                    Cells.percent(s.shareIndividualistic()), Cells.percent(s.shareCompetitive()),
                    Cells.percent(s.categoryHitRate())));
        }
        return new ReportTable("Measured SVO category by condition", "Share of the valid trials whose angle falls"
                + " in each category (Murphy et al. 2011 boundaries; a row sums to 100%), and the category hit rate:"
                + " the share in the target's own category (empty for explicit-angle targets).",
                List.of("backend", "protocol", "value", "valid / n", "altruistic", "prosocial", "individualistic",
                        "competitive", "category hit rate"), rows);
    }

    static ReportTable rationality(List<ConditionSummary> summaries) {
        Function<Condition, String> backend = backendLabels(summaries);
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            Condition c = s.condition();
            rows.add(Arrays.asList(backend.apply(c), c.protocol(), c.valueLabel(), s.nValid() + " / " + s.nTrials(),
                    Cells.fixed(s.valueRationality().mean(), 3),
                    Cells.interval(s.valueRationality().ciLow(), s.valueRationality().ciHigh(), 3),
                    Cells.fixed(s.meanChoiceRationality(), 3)));
        }
        return new ReportTable("Value rationality by condition", "Value rationality is 1 inside the ideal angle"
                + " interval and falls linearly to 0 at the farthest attainable angle (its interval is clipped to"
                + " [0, 1]); choice rationality is the mean normalised target utility of the chosen options. "
                + INTERVALS, List.of("backend", "protocol", "value", "valid / n", "value rationality", "95% CI",
                        "choice rationality"), rows);
    }

    /**
     * How conditions name their backend: the backend name, with the model id added for a backend whose
     * reported model id changed during the run (it then has one condition per model id).
     */
    static Function<Condition, String> backendLabels(List<ConditionSummary> summaries) {
        Map<String, Set<String>> models = new HashMap<>();
        summaries.forEach(s -> models.computeIfAbsent(s.condition().backend(), k -> new HashSet<>())
                .add(String.valueOf(s.condition().modelId())));
        return c -> models.getOrDefault(c.backend(), Set.of()).size() > 1
                ? c.backend() + " (" + c.modelId() + ")" : c.backend();
    }
}
