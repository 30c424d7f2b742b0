package org.svosim.simulation.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of the angle chart: the measured angles of one induced value, in input order,
 * with the value's target angle and its ideal agent's angle interval.
 *
 * @param valueLabel    the induced value's label
 * @param targetDegrees its target angle (degrees)
 * @param idealLow      lower end of the ideal angle interval (degrees)
 * @param idealHigh     upper end of the ideal angle interval (degrees)
 * @param angles        the measured angles (degrees), never empty
 */
record ValueColumn(String valueLabel, double targetDegrees, double idealLow, double idealHigh,
                   List<Double> angles) {

    /** Columns in display order: target angle descending, then label, for reproducible charts. */
    static final Comparator<ValueColumn> DISPLAY_ORDER = Comparator
            .comparingDouble(ValueColumn::targetDegrees).reversed()
            .thenComparing(ValueColumn::valueLabel);

    ValueColumn {
        angles = List.copyOf(angles);
        if (angles.isEmpty()) {
            throw new IllegalArgumentException("column '" + valueLabel + "' has no angles");
        }
    }

    /** Mean of the measured angles (degrees). */
    double mean() {
        double sum = 0;
        for (double a : angles) {
            sum += a;
        }
        return sum / angles.size();
    }

    /**
     * Groups points by value label into columns in display order. All points of one label
     * must agree on target angle and ideal interval, else the mapping upstream is wrong.
     */
    static List<ValueColumn> of(List<AnglePoint> points) {
        Map<String, AnglePoint> first = new LinkedHashMap<>();
        Map<String, List<Double>> angles = new LinkedHashMap<>();
        for (AnglePoint p : points) {
            AnglePoint seen = first.putIfAbsent(p.valueLabel(), p);
            if (seen != null) {
                requireSameValue(seen, p);
            }
            angles.computeIfAbsent(p.valueLabel(), k -> new ArrayList<>()).add(p.angle());
        }
        List<ValueColumn> columns = new ArrayList<>();
        for (AnglePoint p : first.values()) {
            columns.add(new ValueColumn(p.valueLabel(), p.targetDegrees(), p.idealLow(), p.idealHigh(),
                    angles.get(p.valueLabel())));
        }
        columns.sort(DISPLAY_ORDER);
        return columns;
    }

    private static void requireSameValue(AnglePoint a, AnglePoint b) {
        if (a.targetDegrees() != b.targetDegrees() || a.idealLow() != b.idealLow()
                || a.idealHigh() != b.idealHigh()) {
            throw new IllegalArgumentException("value '" + a.valueLabel() + "' appears with different"
                    + " target or ideal interval: target " + a.targetDegrees() + " ideal ["
                    + a.idealLow() + ", " + a.idealHigh() + "] vs target " + b.targetDegrees()
                    + " ideal [" + b.idealLow() + ", " + b.idealHigh()
                    + "] (expected one target and ideal interval per value label)");
        }
    }
}
