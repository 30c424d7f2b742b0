package org.svosim.simulation.analysis;

import java.util.List;
import java.util.function.Function;
import org.svosim.simulation.chart.AngleMean;
import org.svosim.simulation.chart.AnglePoint;
import org.svosim.simulation.chart.BackendProtocol;
import org.svosim.simulation.chart.CalibrationLine;
import org.svosim.simulation.chart.ConfusionEntry;
import org.svosim.simulation.chart.HeatCell;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.store.TrialRow;

/** Maps trial rows and computed statistics to the charts' input records. */
final class FigureInputs {
    private FigureInputs() {
    }

    /** The valid trials' angles. */
    static List<AnglePoint> anglePoints(List<TrialRow> trials) {
        return trials.stream().filter(t -> t.valid() && t.angle() != null && t.idealLow() != null)
                .map(t -> new AnglePoint(t.backend(), t.protocol(), t.valueLabel(), t.targetDegrees(), t.idealLow(),
                        t.idealHigh(), t.angle())).toList();
    }

    /** The conditions' circular means with intervals, for conditions that have one. */
    static List<AngleMean> means(List<ConditionStats> stats) {
        return stats.stream().filter(s -> s.meanAngle().value() != null)
                .map(s -> new AngleMean(s.condition().backend(), s.condition().protocol(),
                        s.condition().valueLabel(), s.condition().targetDegrees(), s.meanAngle().value(),
                        s.meanAngle().low(), s.meanAngle().high())).toList();
    }

    /** The fitted lines of the backend x protocol rows that have one (pooled rows are not drawn). */
    static List<CalibrationLine> lines(List<Calibration> calibration) {
        return calibration.stream().filter(c -> c.protocol() != null && c.slope().value() != null)
                .map(c -> new CalibrationLine(c.backend(), c.protocol(), c.slope().value(), c.intercept())).toList();
    }

    /**
     * One heat-map cell per condition: rows are backends, or "backend, protocol" when the run has more
     * than one protocol (a backend with several model ids keeps one row per backend; its last id wins).
     */
    static List<HeatCell> heatCells(List<ConditionStats> stats) {
        boolean withProtocol = stats.stream().map(s -> s.condition().protocol()).distinct().count() > 1;
        return stats.stream().map(s -> {
            Condition c = s.condition();
            return new HeatCell(new BackendProtocol(c.backend(), c.protocol()).label(withProtocol), c.valueLabel(),
                    c.targetDegrees(), s.valueRationality().value(), s.valueRationality().low(),
                    s.valueRationality().high(), s.nValid());
        }).collect(java.util.stream.Collectors.toMap(h -> h.row() + "\u0000" + h.valueLabel(), h -> h,
                (a, b) -> b, java.util.LinkedHashMap::new)).values().stream().toList();
    }

    /** The confusion cells of one backend x protocol. */
    static List<ConfusionEntry> confusion(BackendProtocol g, List<ConfusionCell> cells) {
        return cells.stream().filter(c -> g.equals(new BackendProtocol(c.backend(), c.protocol())))
                .map(c -> new ConfusionEntry(c.targetCategory(), c.measuredCategory(), c.n(), c.rowShare())).toList();
    }

    /** The items belonging to one backend x protocol. */
    static <T> List<T> of(BackendProtocol g, List<T> items, Function<T, BackendProtocol> groupOf) {
        return items.stream().filter(i -> g.equals(groupOf.apply(i))).toList();
    }
}
