package org.svosim.simulation.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.chart.AngleMean;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.chart.RingPoint;
import org.svosim.simulation.chart.SvoRingChart;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.TrialRow;

/** Draws the research figures from the trial rows and the computed statistics, into plots/. */
final class ResearchFigures {
    private final Path plotDir;
    private final List<AnalysisOutputs.Figure> written = new ArrayList<>();

    private ResearchFigures(Path plotDir) {
        this.plotDir = plotDir;
    }

    static List<AnalysisOutputs.Figure> write(Path plotDir, List<TrialRow> trials, List<DecisionRow> decisions,
                                              SliderMeasure measure, List<ConditionStats> stats) throws IOException {
        ResearchFigures f = new ResearchFigures(plotDir);
        f.rings(TrialPayoffs.of(trials, decisions, measure), means(stats), groups(trials));
        return List.copyOf(f.written);
    }

    private void rings(List<RingPoint> points, List<AngleMean> means, List<BackendProtocol> groups)
            throws IOException {
        for (BackendProtocol g : groups) {
            List<RingPoint> ps = points.stream().filter(p -> g.equals(new BackendProtocol(p.backend(), p.protocol())))
                    .toList();
            List<AngleMean> ms = means.stream().filter(m -> g.equals(new BackendProtocol(m.backend(), m.protocol())))
                    .toList();
            String title = SvoRingChart.titleFor(g.backend(), g.protocol());
            add(SvoRingChart.create(title, ps, ms), g.fileBaseName("svo_ring"), SvoRingChart.WIDTH,
                    SvoRingChart.HEIGHT, title, "The SVO ring of " + g.label(true) + ": each valid trial at its mean"
                            + " payoffs to self and other over the six primary items (coloured by induced value),"
                            + " the category wedges of Murphy et al. (2011), each value's circular mean angle as a ray"
                            + " and its target angle as a diamond on the ring.");
        }
    }

    private void add(JFreeChart chart, String baseName, int width, int height, String title, String caption)
            throws IOException {
        ChartFiles.Written w = ChartFiles.write(chart, plotDir, baseName, width, height);
        written.add(new AnalysisOutputs.Figure(w.png(), w.svg(), title, caption));
    }

    /** The conditions' circular means with intervals, for conditions that have one. */
    static List<AngleMean> means(List<ConditionStats> stats) {
        return stats.stream().filter(s -> s.meanAngle().value() != null)
                .map(s -> new AngleMean(s.condition().backend(), s.condition().protocol(),
                        s.condition().valueLabel(), s.condition().targetDegrees(), s.meanAngle().value(),
                        s.meanAngle().low(), s.meanAngle().high())).toList();
    }

    /** Every backend x protocol of the run, sorted. */
    static List<BackendProtocol> groups(List<TrialRow> trials) {
        Map<BackendProtocol, Boolean> groups = new TreeMap<>();
        trials.forEach(t -> groups.put(new BackendProtocol(t.backend(), t.protocol()), true));
        return List.copyOf(groups.keySet());
    }
}
