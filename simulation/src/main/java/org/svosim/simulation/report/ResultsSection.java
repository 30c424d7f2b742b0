package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        TableHtml.write(rationality(d.summaries()), html);
        for (ReportTable extra : d.extraTables()) {
            TableHtml.write(extra, html);
        }
    }

    static ReportTable angles(List<ConditionSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            Condition c = s.condition();
            rows.add(Arrays.asList(backend(c), c.protocol(), c.valueLabel(), Cells.fixed(c.targetDegrees(), 1),
                    Cells.interval(s.idealLow(), s.idealHigh(), 2), s.nValid() + " / " + s.nTrials(),
                    Cells.fixed(s.angle().mean(), 2), Cells.interval(s.angle().ciLow(), s.angle().ciHigh(), 2),
                    Cells.fixed(s.angle().sd(), 2), Cells.percent(s.shareAltruistic()),
                    Cells.percent(s.shareProsocial()), Cells.percent(s.shareIndividualistic()),
                    Cells.percent(s.shareCompetitive())));
        }
        return new ReportTable("Measured SVO angle by condition", "Angles in degrees. \u03b8* is the induced"
                + " target angle; the ideal interval holds the angles of an agent that maximises the target utility"
                + " on every item (all tie-breaks). Category shares are over the valid trials. " + INTERVALS,
                List.of("backend", "protocol", "value", "\u03b8* (\u00b0)", "ideal interval (\u00b0)", "valid / n",
                        "mean angle (\u00b0)", "95% CI (\u00b0)", "sd (\u00b0)", "altruistic", "prosocial",
                        "individualistic", "competitive"), rows);
    }

    static ReportTable rationality(List<ConditionSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            Condition c = s.condition();
            rows.add(Arrays.asList(backend(c), c.protocol(), c.valueLabel(), s.nValid() + " / " + s.nTrials(),
                    Cells.fixed(s.valueRationality().mean(), 3),
                    Cells.interval(s.valueRationality().ciLow(), s.valueRationality().ciHigh(), 3),
                    Cells.percent(s.categoryHitRate()), Cells.fixed(s.meanChoiceRationality(), 3)));
        }
        return new ReportTable("Value rationality by condition", "Value rationality is 1 at the ideal angle"
                + " interval and falls linearly to 0 at the farthest attainable angle; category hit rate is the share"
                + " of valid trials in the target's category (empty for explicit angles); choice rationality is the"
                + " mean normalised target utility of the chosen options. " + INTERVALS,
                List.of("backend", "protocol", "value", "valid / n", "value rationality", "95% CI",
                        "category hit rate", "choice rationality"), rows);
    }

    /** The backend, with its model id when that differs from the name. */
    static String backend(Condition c) {
        return c.modelId() == null || c.modelId().equals(c.backend()) ? c.backend()
                : c.backend() + " (" + c.modelId() + ")";
    }
}
