package org.svosim.simulation.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.simulation.export.AnswerTotals;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * The research analysis of a run, from its database alone: writes conditions.csv, calibration.csv,
 * comparisons.csv and confusion.csv into the run folder and the research figures into its
 * {@code plots/} folder (docs/outputs.md), each file atomically. Bootstrap intervals are seeded from
 * the run seed, so re-analysing the same database gives the same files.
 */
public final class ResearchAnalysis {
    /** The folder of the figures inside the run folder. */
    public static final String PLOTS = "plots";

    private ResearchAnalysis() {
    }

    /**
     * Writes every table and figure.
     *
     * @param reader   the run database
     * @param runDir   the run folder (tables go here, figures into {@code runDir/plots})
     * @param settings how to run the analysis
     * @return what was written, with captions for the report
     * @throws IOException if a file cannot be written; files written before it stay complete
     */
    public static AnalysisOutputs write(RunReader reader, Path runDir, AnalysisSettings settings)
            throws IOException {
        List<TrialRow> trials = reader.trials();
        Set<Integer> primary = reader.measure().primaryItems().stream().map(SliderItem::number)
                .collect(Collectors.toSet());
        AnswerTotals answers = AnswerTotals.read(reader, primary);
        return write(reader, runDir, settings, trials, () -> answers);
    }

    /**
     * As {@link #write(RunReader, Path, AnalysisSettings)} from trials already read and answer totals that
     * may still be computing elsewhere: {@code answers} is asked for them only when the figures that need
     * them are drawn, after every table and the other figures.
     */
    public static AnalysisOutputs write(RunReader reader, Path runDir, AnalysisSettings settings,
                                        List<TrialRow> trials, Supplier<AnswerTotals> answers) throws IOException {
        return write(reader, runDir, settings, trials, answers, Runnable::run);
    }

    /**
     * As {@link #write(RunReader, Path, AnalysisSettings, List, Supplier)}, the figures rendered to their files
     * by {@code renderer} (e.g. a pool, several at once) while this thread builds the next chart.
     */
    public static AnalysisOutputs write(RunReader reader, Path runDir, AnalysisSettings settings,
                                        List<TrialRow> trials, Supplier<AnswerTotals> answers, Executor renderer)
            throws IOException {
        Bootstrap bootstrap = new Bootstrap(settings.bootstrapResamples(), reader.header().seed());
        ResearchStats stats = ResearchStats.of(trials, bootstrap);
        List<AnalysisOutputs.Table> tables = List.of(
                new AnalysisOutputs.Table(ConditionsCsv.write(runDir, stats.conditions(), bootstrap.resamples()),
                        "one row per condition: circular mean angle, resultant length, circular sd and bootstrap"
                                + " intervals of mean angle, value rationality and category-hit rate"),
                new AnalysisOutputs.Table(CalibrationCsv.write(runDir, stats.calibration()),
                        "one row per backend x protocol: OLS of measured on target angle and the pull toward"
                                + " the middle (1 - slope)"),
                new AnalysisOutputs.Table(ComparisonsCsv.write(runDir, stats.comparisons()),
                        "one row per pair of backends (or protocol variants) on the same value: differences of"
                                + " mean angle and value rationality with bootstrap intervals"),
                new AnalysisOutputs.Table(ConfusionCsv.write(runDir, stats.confusion()),
                        "one row per cell of each backend's category confusion matrix (target -> measured)"));
        List<AnalysisOutputs.Figure> figures = ResearchFigures.write(runDir.resolve(PLOTS), trials,
                () -> TrialPayoffs.of(trials, answers.get()), stats, renderer);
        return new AnalysisOutputs(tables, figures);
    }
}
