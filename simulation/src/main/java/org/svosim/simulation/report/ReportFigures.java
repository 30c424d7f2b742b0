package org.svosim.simulation.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.PointSample;
import org.svosim.simulation.store.TrialRow;

/** The report figures of the charts every run draws, with their captions. */
public final class ReportFigures {
    private ReportFigures() {
    }

    /**
     * One figure per backend x protocol: {@code plots/angles_<backend>_<protocol>.png|svg}, in the order
     * the charts are drawn (backend, then protocol).
     *
     * @param plotDir the run's plots folder
     * @param trials  the run's trials (which combinations exist)
     */
    public static List<ReportFigure> anglePlots(Path plotDir, List<TrialRow> trials) {
        Set<BackendProtocol> combinations = new TreeSet<>();
        Map<List<String>, Long> validPerCondition = new HashMap<>();
        for (TrialRow t : trials) {
            combinations.add(new BackendProtocol(t.backend(), t.protocol()));
            if (t.valid()) {
                validPerCondition.merge(Arrays.asList(t.backend(), t.protocol(), t.valueLabel()), 1L, Long::sum);
            }
        }
        boolean thinned = validPerCondition.values().stream().anyMatch(PointSample::thins);
        List<ReportFigure> figures = new ArrayList<>();
        for (BackendProtocol bp : combinations) {
            String base = bp.fileBaseName();
            figures.add(new ReportFigure("Measured SVO angle by induced value: " + bp.backend() + ", "
                    + bp.protocol(), "One column per induced value (target angle descending); each point is"
                    + " one valid trial's SVO angle in degrees, coloured by the value's category and jittered"
                    + " sideways; the black bar is the mean, the grey box the ideal agent's angle interval, and the"
                    + " dashed lines the Murphy (2011) category boundaries (57.15\u00b0, 22.45\u00b0, -12.04\u00b0)."
                    + " Invalid and failed trials are not shown." + (thinned ? PointSample.CAPTION_NOTE : ""),
                    plotDir.resolve(base + ".png"), plotDir.resolve(base + ".svg")));
        }
        return figures;
    }
}
