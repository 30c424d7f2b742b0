package org.svosim.simulation.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.svosim.simulation.chart.AngleMean;
import org.svosim.simulation.chart.AnglePanelsChart;
import org.svosim.simulation.chart.AnglePoint;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.CalibrationChart;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.chart.ConfusionChart;
import org.svosim.simulation.chart.PointSample;
import org.svosim.simulation.chart.RingPoint;
import org.svosim.simulation.chart.SvoRingChart;
import org.svosim.simulation.chart.ValueRationalityHeatMap;
import org.svosim.simulation.store.TrialRow;

/**
 * Draws the research figures into plots/ from the trial rows and the statistics computed from them
 * (the charts draw; they compute nothing): per backend x protocol an SVO ring and a confusion matrix,
 * and for the whole run the angle panels, the calibration scatter and the value-rationality heat map.
 */
final class ResearchFigures {
    private final Path plotDir;
    private final Executor renderer;
    private final List<CompletableFuture<AnalysisOutputs.Figure>> written = new ArrayList<>();

    private final String sampleNote;

    private ResearchFigures(Path plotDir, boolean thinned, Executor renderer) {
        this.plotDir = plotDir;
        this.renderer = renderer;
        this.sampleNote = thinned ? PointSample.CAPTION_NOTE : "";
    }

    private String intervalNote = "";

    /** Whether any condition has more valid trials than a figure draws points for. */
    private static boolean thinned(ResearchStats stats) {
        return stats.conditions().stream().anyMatch(c -> PointSample.thins(c.nValid()));
    }

    /**
     * Draws every figure: the charts are built on this thread and rendered to files by {@code renderer}
     * (several at once on a pool; {@code Runnable::run} renders each in turn here).
     */
    static List<AnalysisOutputs.Figure> write(Path plotDir, List<TrialRow> trials, Supplier<List<RingPoint>> ringPoints,
                                              ResearchStats stats, Executor renderer) throws IOException {
        ResearchFigures f = new ResearchFigures(plotDir, thinned(stats), renderer);
        if (stats.conditions().stream().anyMatch(c -> Bootstrap.largeSample(c.nValid()))) {
            f.intervalNote = " Conditions with more than 10,000 valid trials have large-sample normal intervals"
                    + " instead of bootstrap intervals (docs/outputs.md).";
        }
        List<BackendProtocol> groups = groups(trials);
        List<AnglePoint> points = FigureInputs.anglePoints(trials);
        List<AngleMean> means = FigureInputs.means(stats.conditions());
        boolean withProtocol = groups.stream().map(BackendProtocol::protocol).distinct().count() > 1;
        String panels = "Measured SVO angle by induced value, one panel per backend"
                + (withProtocol ? " and protocol" : "");
        f.add(AnglePanelsChart.create(panels, points, means), "angle_panels", AnglePanelsChart.WIDTH,
                AnglePanelsChart.heightFor(groups.size()), panels, "Each valid trial's SVO angle (jittered"
                        + " sideways, coloured by induced value) per induced value, one panel per backend on a common"
                        + " angle scale; black bar and whisker: circular mean with its 95% bootstrap interval; grey"
                        + " box: the ideal agent's angle interval; dashed lines: Murphy et al. (2011) category"
                        + " boundaries.");
        String calibration = "Calibration: measured vs target SVO angle per backend";
        f.add(CalibrationChart.create(calibration, points, FigureInputs.lines(stats.calibration())), "calibration",
                CalibrationChart.WIDTH, CalibrationChart.HEIGHT, calibration, "Measured angle of each valid trial"
                        + " against its target angle, one colour per backend (points dodged sideways), with each"
                        + " backend's OLS line, the identity line (dashed) and the ideal agent's interval (grey)."
                        + " Pull toward the middle = 1 - slope; see calibration.csv for intervals.");
        List<org.svosim.simulation.chart.HeatCell> cells = FigureInputs.heatCells(stats.conditions());
        long rows = cells.stream().map(org.svosim.simulation.chart.HeatCell::row).distinct().count();
        long columns = cells.stream().map(org.svosim.simulation.chart.HeatCell::valueLabel).distinct().count();
        String heat = "Mean value rationality by backend and induced value";
        f.add(ValueRationalityHeatMap.create(heat, cells), "value_rationality_heatmap",
                ValueRationalityHeatMap.width((int) columns), ValueRationalityHeatMap.height((int) rows), heat,
                "Mean value rationality (1 = at the ideal agent's angle, 0 = the farthest attainable angle) of the"
                        + " valid trials per backend and induced value, with the number of valid trials.");
        List<RingPoint> ring = ringPoints.get();
        for (BackendProtocol g : groups) {
            f.ring(g, ring, means);
            f.confusion(g, stats.confusion());
        }
        return f.awaitWritten();
    }

    /** The figures in the order they were added, once every file is written. */
    private List<AnalysisOutputs.Figure> awaitWritten() throws IOException {
        List<AnalysisOutputs.Figure> figures = new ArrayList<>();
        try {
            for (CompletableFuture<AnalysisOutputs.Figure> w : written) {
                figures.add(w.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return figures;
    }

    private void ring(BackendProtocol g, List<RingPoint> points, List<AngleMean> means) throws IOException {
        String title = SvoRingChart.titleFor(g.backend(), g.protocol());
        add(SvoRingChart.create(title, FigureInputs.of(g, points, p -> group(p.backend(), p.protocol())),
                        FigureInputs.of(g, means, m -> group(m.backend(), m.protocol()))),
                g.fileBaseName("svo_ring"), SvoRingChart.WIDTH, SvoRingChart.HEIGHT, title,
                "The SVO ring of " + g.label(true) + ": each valid trial at its mean payoffs to self and other over"
                        + " the primary items (coloured by induced value), the category wedges of Murphy et al."
                        + " (2011), each value's circular mean angle as a ray and its target angle as a diamond.");
    }

    private void confusion(BackendProtocol g, List<ConfusionCell> cells) throws IOException {
        var entries = FigureInputs.confusion(g, cells);
        if (entries.isEmpty()) {
            return;
        }
        String title = ConfusionChart.titleFor(g.backend(), g.protocol());
        int rows = (int) entries.stream().map(e -> e.target()).distinct().count();
        add(ConfusionChart.create(title, entries), g.fileBaseName("confusion"), ConfusionChart.WIDTH,
                ConfusionChart.height(rows), title, "Category confusion matrix of " + g.label(true) + ": valid trials"
                        + " of each induced category (rows) by measured category (columns), with row shares;"
                        + " the outlined diagonal counts category hits.");
    }

    private void add(JFreeChart chart, String baseName, int width, int height, String title, String caption) {
        boolean points = !baseName.startsWith("confusion") && !baseName.startsWith("value_rationality");
        boolean intervals = baseName.equals("angle_panels") || baseName.startsWith("value_rationality");
        String fullCaption = caption + (points ? sampleNote : "") + (intervals ? intervalNote : "");
        written.add(CompletableFuture.supplyAsync(() -> {
            try {
                ChartFiles.Written w = ChartFiles.write(chart, plotDir, baseName, width, height);
                return new AnalysisOutputs.Figure(w.png(), w.svg(), title, fullCaption);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, renderer));
    }

    private static BackendProtocol group(String backend, String protocol) {
        return new BackendProtocol(backend, protocol);
    }

    /** Every backend x protocol of the run, sorted. */
    static List<BackendProtocol> groups(List<TrialRow> trials) {
        Set<BackendProtocol> groups = new TreeSet<>();
        trials.forEach(t -> groups.add(group(t.backend(), t.protocol())));
        return List.copyOf(groups);
    }
}
